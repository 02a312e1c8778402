package nl.signaal.routes.resolver.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.routes.points.boundary.PointFilter;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.RoutingKey;
import nl.signaal.routes.points.control.ReferenceCodes;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * An immutable snapshot of everything a route depends on, indexed for the resolver: the
 * regions, every municipality, and the reporting points by routing key and by covered area.
 * Built once per load; readers never lock and never see a half-updated picture.
 *
 * <pre>{@code
 * RoutingData data = RoutingData.of(provinces, municipalities, points);
 * List<RouteStep> route = new RouteResolver().resolve(data, RouteQuery.citizenIn("GM0363"));
 * }</pre>
 */
public final class RoutingData {

    private static final Comparator<ReportingPointData> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt((ReportingPointData p) -> p.scope().specificity())
                    .thenComparing(ReportingPointData::name, String.CASE_INSENSITIVE_ORDER);

    private final Map<String, AreaRef> provinces;
    private final Map<String, AreaRef> safetyRegions;
    private final Map<String, MunicipalitySummary> municipalities;
    private final Map<String, List<String>> safetyRegionsByProvince;
    private final Map<String, Set<AreaRef>> policeUnitsByProvince;
    private final List<ReportingPointData> points;
    private final Map<Long, ReportingPointData> pointsById;
    private final Map<RoutingKey, ReportingPointData> pointsByKey;
    private final Map<String, List<ReportingPointData>> pointsByArea;

    private RoutingData(Collection<AreaRef> provinceList, Collection<MunicipalitySummary> municipalityList,
                        Collection<ReportingPointData> pointList) {
        Map<String, AreaRef> p = new LinkedHashMap<>();
        provinceList.stream().sorted(Comparator.comparing(AreaRef::name)).forEach(a -> p.put(a.code(), a));
        this.provinces = Collections.unmodifiableMap(p);

        Map<String, MunicipalitySummary> m = new LinkedHashMap<>();
        Map<String, AreaRef> regions = new LinkedHashMap<>();
        Map<String, Set<String>> regionsByProvince = new HashMap<>();
        Map<String, Set<AreaRef>> unitsByProvince = new HashMap<>();
        municipalityList.stream().sorted(Comparator.comparing(MunicipalitySummary::name)).forEach(mun -> {
            m.put(mun.code(), mun);
            regions.putIfAbsent(mun.safetyRegion().code(), mun.safetyRegion());
            regionsByProvince.computeIfAbsent(mun.province().code(), k -> new java.util.TreeSet<>()).add(mun.safetyRegion().code());
            unitsByProvince.computeIfAbsent(mun.province().code(), k -> new LinkedHashSet<>()).add(mun.policeUnit());
        });
        this.municipalities = Collections.unmodifiableMap(m);
        Map<String, AreaRef> sortedRegions = new LinkedHashMap<>();
        regions.values().stream().sorted(Comparator.comparing(AreaRef::code)).forEach(r -> sortedRegions.put(r.code(), r));
        this.safetyRegions = Collections.unmodifiableMap(sortedRegions);
        Map<String, List<String>> rbp = new HashMap<>();
        regionsByProvince.forEach((k, v) -> rbp.put(k, List.copyOf(v)));
        this.safetyRegionsByProvince = Collections.unmodifiableMap(rbp);
        Map<String, Set<AreaRef>> ubp = new HashMap<>();
        unitsByProvince.forEach((k, v) -> ubp.put(k, Collections.unmodifiableSet(v)));
        this.policeUnitsByProvince = Collections.unmodifiableMap(ubp);

        List<ReportingPointData> sortedPoints = new ArrayList<>(pointList);
        sortedPoints.sort(Comparator.comparing(ReportingPointData::name, String.CASE_INSENSITIVE_ORDER));
        this.points = List.copyOf(sortedPoints);
        Map<Long, ReportingPointData> byId = new HashMap<>();
        Map<RoutingKey, ReportingPointData> byKey = new EnumMap<>(RoutingKey.class);
        Map<String, List<ReportingPointData>> byArea = new HashMap<>();
        for (ReportingPointData point : sortedPoints) {
            if (point.id() != null) {
                byId.put(point.id(), point);
            }
            if (point.routingKey() != null) {
                byKey.put(point.routingKey(), point);
            }
            if (point.scope() != PointScope.NATIONAL) {
                for (String area : point.areas()) {
                    byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(point);
                }
            }
        }
        Map<String, List<ReportingPointData>> frozen = new HashMap<>();
        byArea.forEach((k, v) -> {
            v.sort(MOST_SPECIFIC_FIRST);
            frozen.put(k, List.copyOf(v));
        });
        this.pointsById = Collections.unmodifiableMap(byId);
        this.pointsByKey = Collections.unmodifiableMap(byKey);
        this.pointsByArea = Collections.unmodifiableMap(frozen);
    }

    public static RoutingData of(Collection<AreaRef> provinces, Collection<MunicipalitySummary> municipalities,
                                 Collection<ReportingPointData> points) {
        return new RoutingData(provinces, municipalities, points);
    }

    /** The same regions with a different set of points, e.g. to check an import before it is written. */
    public RoutingData withPoints(Collection<ReportingPointData> newPoints) {
        return new RoutingData(provinces.values(), municipalities.values(), newPoints);
    }

    /** Provinces by code, ordered by name. */
    public Map<String, AreaRef> provinces() {
        return provinces;
    }

    /** Safety regions by code, ordered by code. */
    public Map<String, AreaRef> safetyRegions() {
        return safetyRegions;
    }

    /** Municipalities by code, ordered by name. */
    public Map<String, MunicipalitySummary> municipalities() {
        return municipalities;
    }

    public Optional<MunicipalitySummary> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /** The safety regions within a province, by code. */
    public List<String> safetyRegionsIn(String provinceCode) {
        return safetyRegionsByProvince.getOrDefault(provinceCode, List.of());
    }

    /** The police units that cover (part of) a province: one for most, two or three for a few. */
    public Set<AreaRef> policeUnitsIn(String provinceCode) {
        return policeUnitsByProvince.getOrDefault(provinceCode, Set.of());
    }

    /** Every point, ordered by name. */
    public List<ReportingPointData> points() {
        return points;
    }

    /**
     * The points matching {@code filter}, by name. A province matches the points that reach
     * any of its municipalities: national ones, the province's own, its safety regions' and
     * its municipalities'.
     */
    public List<ReportingPointData> points(PointFilter filter) {
        List<ReportingPointData> result = new ArrayList<>();
        for (ReportingPointData p : points) {
            if ((filter.form() == null || p.forms().contains(filter.form()))
                    && (filter.kind() == null || p.kind() == filter.kind())
                    && (filter.scope() == null || p.scope() == filter.scope())
                    && (filter.provinceCode() == null || reaches(p, filter.provinceCode()))) {
                result.add(p);
            }
        }
        return List.copyOf(result);
    }

    /** Whether a point reaches (part of) a province. */
    public boolean reaches(ReportingPointData p, String provinceCode) {
        return switch (p.scope()) {
            case NATIONAL -> true;
            case PROVINCE -> p.areas().contains(provinceCode);
            case REGION -> safetyRegionsIn(provinceCode).stream().anyMatch(p.areas()::contains);
            case MUNICIPALITY -> p.areas().stream().map(municipalities::get)
                    .anyMatch(m -> m != null && m.province().code().equals(provinceCode));
        };
    }

    public Optional<ReportingPointData> point(long id) {
        return Optional.ofNullable(pointsById.get(id));
    }

    public Optional<ReportingPointData> point(RoutingKey key) {
        return Optional.ofNullable(pointsByKey.get(key));
    }

    /** The non-national points that list {@code areaCode} among their areas, most specific first. */
    public List<ReportingPointData> pointsCovering(String areaCode) {
        return pointsByArea.getOrDefault(areaCode, List.of());
    }

    /** The name of a province, safety region or municipality code; the code itself when unknown. */
    public String areaName(String code) {
        AreaRef area = provinces.get(code);
        if (area == null) {
            area = safetyRegions.get(code);
        }
        if (area != null) {
            return area.name();
        }
        MunicipalitySummary municipality = municipalities.get(code);
        return municipality == null ? code : municipality.name();
    }

    public ReferenceCodes referenceCodes() {
        return new ReferenceCodes(provinces.keySet(), safetyRegions.keySet(), municipalities.keySet());
    }
}
