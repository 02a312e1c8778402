package nl.signaal.routes.resolver.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.routes.resolver.control.RouteRules.Place;
import nl.signaal.routes.resolver.control.RouteRules.RouteRule;
import nl.signaal.routes.resolver.control.RouteRules.Target;

/**
 * Applies {@link RouteRules#RULES} to a query on a {@link RoutingData} snapshot. Pure:
 * no database, no clock, no state; the same snapshot and query always give the same route.
 */
public final class RouteResolver {

    private final List<RouteRule> rules;

    public RouteResolver() {
        this(RouteRules.RULES);
    }

    RouteResolver(List<RouteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The ordered steps for {@code query}.
     *
     * @throws UnknownMunicipalityException when the municipality code is not in the data
     * @throws UnknownProvinceException     when only a province is given and it is not in the data
     */
    public List<RouteStep> resolve(RoutingData data, RouteQuery query) {
        Place place = place(data, query);
        List<RouteStep> steps = new ArrayList<>(8);
        Set<String> seen = new HashSet<>();
        for (RouteRule rule : rules) {
            if (!rule.when().test(query)) {
                continue;
            }
            for (Target target : rule.targets().find(data, place, query)) {
                if (seen.add(target.dedupKey())) {
                    steps.add(new RouteStep(steps.size() + 1, rule.id(), target.point(), rule.appliesWhen(), target.reason()));
                }
            }
        }
        return List.copyOf(steps);
    }

    private static Place place(RoutingData data, RouteQuery query) {
        if (query.municipalityCode() != null) {
            MunicipalitySummary m = data.municipality(query.municipalityCode())
                    .orElseThrow(() -> new UnknownMunicipalityException(query.municipalityCode()));
            return new Place(m, m.province());
        }
        AreaRef province = data.provinces().get(query.provinceCode());
        if (province == null) {
            throw new UnknownProvinceException(query.provinceCode());
        }
        return new Place(null, province);
    }
}
