package nl.signaal.routes.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.routes.coverage.boundary.CoverageReport;
import nl.signaal.routes.coverage.boundary.CoverageReport.ProvinceCoverage;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.control.RoutingData;

/** Computes the {@link CoverageReport}; pure, so "today" is a parameter. */
public final class CoverageCalculator {

    /** A record not checked against its source for this long is overdue. */
    public static final int VERIFY_EVERY_MONTHS = 12;

    private CoverageCalculator() {
    }

    public static CoverageReport report(RoutingData data, LocalDate today) {
        List<ReportingPointData> regional = data.points().stream().filter(p -> p.scope() != PointScope.NATIONAL).toList();

        List<MunicipalitySummary> uncovered = data.municipalities().values().stream()
                .filter(m -> !hasRegionalMeldpunt(data, m))
                .toList();

        List<ProvinceCoverage> provinces = new ArrayList<>();
        for (AreaRef province : data.provinces().values()) {
            List<ReportingPointData> reaching = regional.stream().filter(p -> data.reaches(p, province.code())).toList();
            long municipalities = data.municipalities().values().stream()
                    .filter(m -> m.province().code().equals(province.code())).count();
            long withoutMeldpunt = uncovered.stream().filter(m -> m.province().code().equals(province.code())).count();
            provinces.add(new ProvinceCoverage(province,
                    (int) reaching.stream().filter(p -> p.kind().isMeldpunt()).count(),
                    (int) reaching.stream().filter(p -> p.kind().isKnowledgeCentre()).count(),
                    (int) reaching.stream().filter(p -> p.kind() == PointKind.VICTIM_CARE).count(),
                    (int) municipalities, (int) withoutMeldpunt));
        }

        LocalDate cutOff = today.minusMonths(VERIFY_EVERY_MONTHS);
        List<ReportingPointData> overdue = data.points().stream()
                .filter(p -> p.verifiedOn() == null || p.verifiedOn().isBefore(cutOff))
                .toList();
        return new CoverageReport(today, provinces, uncovered, overdue);
    }

    private static boolean hasRegionalMeldpunt(RoutingData data, MunicipalitySummary m) {
        return covers(data.pointsCovering(m.code())) || covers(data.pointsCovering(m.safetyRegion().code()))
                || covers(data.pointsCovering(m.province().code()));
    }

    private static boolean covers(List<ReportingPointData> points) {
        return points.stream().anyMatch(p -> p.kind().isMeldpunt());
    }
}
