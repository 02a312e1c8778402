package nl.signaal.routes.resolver.control;

import static nl.signaal.platform.shared.FormOfExploitation.LABOUR;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.RoutingKey;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RoutePoint;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.shared.Message;

/**
 * The reporting-route rules, in the order their steps appear on a route card. Read
 * {@link #RULES} top to bottom: each line says when it applies and whom it adds. A point
 * already added by an earlier rule is not added again, so the earliest reason wins.
 *
 * <p>Why this order: acute danger first; then the reporter's explicit wish for anonymity;
 * then the route a professional is legally expected to follow (the Meldcode); then the
 * specialised national routes for the situation (minors, labour exploitation); then what
 * exists in the reporter's own region; and last what is always there: the police (as the
 * municipality's regional unit, reached through the national number) and advice. National
 * points are found by their {@link RoutingKey}, regional ones by the areas they cover.
 */
public final class RouteRules {

    /** When any query applies. */
    private static final Predicate<RouteQuery> ALWAYS = q -> true;

    /** The rules, in order. */
    public static final List<RouteRule> RULES = List.of(
            rule("ACUTE_112", RouteQuery::acute, "route.when.acute",
                    national(RoutingKey.EMERGENCY, "route.reason.acute")),
            rule("ANONYMOUS_M", RouteQuery::anonymous, "route.when.anonymous",
                    national(RoutingKey.ANONYMOUS_REPORTING, "route.reason.anonymous")),
            rule("MELDCODE_VEILIG_THUIS", RouteQuery::professionalUnderMeldcode, "route.when.meldcode",
                    national(RoutingKey.VEILIG_THUIS, "route.reason.meldcode")),
            rule("MINOR", RouteQuery::minor, "route.when.minor",
                    national(RoutingKey.MINORS, "route.reason.minor")),
            rule("LABOUR_INSPECTORATE", q -> q.form() == LABOUR, "route.when.labour",
                    national(RoutingKey.LABOUR_INSPECTORATE, "route.reason.labour")),
            rule("REGIONAL_MELDPUNT", ALWAYS, "route.when.regionalMeldpunt",
                    regional(PointKind::isMeldpunt)),
            rule("REGIONAL_CARE", ALWAYS, "route.when.regionalCare",
                    regional(kind -> kind == PointKind.VICTIM_CARE)),
            rule("POLICE", ALWAYS, "route.when.always",
                    RouteRules::police),
            rule("LABOUR_VICTIM_ADVICE", q -> q.form() == LABOUR, "route.when.labourVictim",
                    national(RoutingKey.LABOUR_VICTIM_ADVICE, "route.reason.labourVictim")),
            rule("NATIONAL_ADVICE", ALWAYS, "route.when.advice",
                    national(RoutingKey.NATIONAL_ADVICE, "route.reason.nationalAdvice")));

    private RouteRules() {
    }

    /**
     * Where a query is about: the municipality, or only the province when no municipality
     * was given (then {@code municipality} is null).
     */
    public record Place(MunicipalitySummary municipality, AreaRef province) {

        public String name() {
            return municipality != null ? municipality.name() : province.name();
        }
    }

    /** A point a rule proposes, with the reason for this query and the key that deduplicates it. */
    public record Target(String dedupKey, RoutePoint point, Message reason) {
    }

    /** Finds the points a rule adds for a query. */
    @FunctionalInterface
    public interface Targets {
        List<Target> find(RoutingData data, Place place, RouteQuery query);
    }

    /**
     * One line of the table.
     *
     * @param id          stable id, reported with each step
     * @param when        whether the rule applies to a query
     * @param appliesWhen the condition as shown to the user
     * @param targets     the points it adds
     */
    public record RouteRule(String id, Predicate<RouteQuery> when, Message appliesWhen, Targets targets) {
    }

    private static RouteRule rule(String id, Predicate<RouteQuery> when, String appliesWhenKey, Targets targets) {
        return new RouteRule(id, when, Message.of(appliesWhenKey), targets);
    }

    /** The national point with {@code key}; its name is the reason's only argument. */
    private static Targets national(RoutingKey key, String reasonKey) {
        return (data, place, query) -> data.point(key)
                .map(p -> List.of(new Target(dedupKey(p), snapshot(p, null, p.scope()), Message.of(reasonKey, p.name()))))
                .orElse(List.of());
    }

    /**
     * The non-national points of the wanted kinds that cover the place and handle the form:
     * the municipality's own first, then its safety region's, then its province's. With only
     * a province known: the province's points, then those of its safety regions, marked as
     * covering part of the province.
     */
    private static Targets regional(Predicate<PointKind> kinds) {
        return (data, place, query) -> {
            List<Target> targets = new ArrayList<>();
            MunicipalitySummary m = place.municipality();
            if (m != null) {
                addCovering(targets, data, m.code(), kinds, query, Message.of("route.reason.regional.municipality", m.name()));
                addCovering(targets, data, m.safetyRegion().code(), kinds, query,
                        Message.of("route.reason.regional.area", m.safetyRegion().name(), m.name()));
                addCovering(targets, data, m.province().code(), kinds, query,
                        Message.of("route.reason.regional.area", m.province().name(), m.name()));
            } else {
                AreaRef province = place.province();
                addCovering(targets, data, province.code(), kinds, query,
                        Message.of("route.reason.regional.province", province.name()));
                for (String region : data.safetyRegionsIn(province.code())) {
                    addCovering(targets, data, region, kinds, query,
                            Message.of("route.reason.regional.partOfProvince", data.areaName(region), province.name()));
                }
            }
            return targets;
        };
    }

    private static void addCovering(List<Target> targets, RoutingData data, String areaCode, Predicate<PointKind> kinds,
                                    RouteQuery query, Message reason) {
        for (ReportingPointData p : data.pointsCovering(areaCode)) {
            if (kinds.test(p.kind()) && p.handles(query.form()) && serves(p, query) && p.scope().acceptsAreaCode(areaCode)) {
                targets.add(new Target(dedupKey(p), snapshot(p, data.areaName(areaCode), p.scope()), reason));
            }
        }
    }

    /**
     * The police: for a municipality its regional unit (a confirmed fact: units cover whole
     * safety regions), reached through the national number; for a province with one unit,
     * that unit; otherwise the national police, who pass the report on.
     */
    private static List<Target> police(RoutingData data, Place place, RouteQuery query) {
        return data.point(RoutingKey.POLICE).map(p -> {
            AreaRef unit = place.municipality() != null ? place.municipality().policeUnit() : singleUnit(data, place.province());
            if (unit == null) {
                return List.of(new Target(dedupKey(p), snapshot(p, null, PointScope.NATIONAL),
                        Message.of("route.reason.policeNational", p.name(), place.name())));
            }
            return List.of(new Target(dedupKey(p), snapshot(p, unit.name(), PointScope.REGION),
                    Message.of("route.reason.policeUnit", p.name(), place.name(), unit.name())));
        }).orElse(List.of());
    }

    private static AreaRef singleUnit(RoutingData data, AreaRef province) {
        var units = data.policeUnitsIn(province.code());
        return units.size() == 1 ? units.iterator().next() : null;
    }

    /**
     * A point states its audiences; a citizen is not sent to a professionals-only desk and
     * the other way round. A point that names no audience is taken to serve anyone.
     */
    private static boolean serves(ReportingPointData p, RouteQuery query) {
        if (p.audiences().isEmpty()) {
            return true;
        }
        if (query.minor() && p.audiences().contains(Audience.MINORS)) {
            return true;
        }
        return query.reporter() == Reporter.PROFESSIONAL
                ? p.audiences().contains(Audience.PROFESSIONALS)
                : p.audiences().contains(Audience.CITIZENS) || p.audiences().contains(Audience.VICTIMS);
    }

    private static String dedupKey(ReportingPointData p) {
        return p.id() != null ? "point:" + p.id() : "name:" + p.nameScopeKey();
    }

    private static RoutePoint snapshot(ReportingPointData p, String areaName, PointScope scope) {
        return new RoutePoint(p.id(), p.name(), areaName, p.kind(), scope, p.channels(), p.anonymousPossible(),
                p.confidence(), p.sourceUrl(), p.verifiedOn());
    }
}
