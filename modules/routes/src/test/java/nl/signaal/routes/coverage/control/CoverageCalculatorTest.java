package nl.signaal.routes.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.routes.coverage.boundary.CoverageReport;
import nl.signaal.routes.coverage.boundary.CoverageReport.ProvinceCoverage;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.control.RoutingData;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Map<String, ProvinceCoverage> byName(CoverageReport report) {
        return report.provinces().stream().collect(Collectors.toMap(p -> p.province().name(), Function.identity()));
    }

    @Test
    void countsTheRegionalPointsThatReachEachProvince() {
        Map<String, ProvinceCoverage> provinces = byName(CoverageCalculator.report(Fixtures.seeded(), TODAY));

        assertThat(provinces).hasSize(12);
        assertThat(provinces.get("Flevoland")).extracting(ProvinceCoverage::meldpunten, ProvinceCoverage::municipalitiesWithoutMeldpunt)
                .containsExactly(1, 0);
        assertThat(provinces.get("Overijssel").kenniscentra()).as("Kenniscentrum Twente").isEqualTo(1);
        assertThat(provinces.get("Zeeland").careProviders()).isEqualTo(1);
        assertThat(provinces.get("Zeeland").meldpunten()).isZero();
        assertThat(provinces.get("Gelderland").municipalitiesWithoutMeldpunt())
                .as("only Noord- en Oost-Gelderland has a seeded meldpunt")
                .isEqualTo(provinces.get("Gelderland").municipalities() - 22);
    }

    @Test
    void listsMunicipalitiesWithoutARegionalMeldpunt() {
        CoverageReport report = CoverageCalculator.report(Fixtures.seeded(), TODAY);

        assertThat(report.withoutRegionalMeldpunt()).extracting(MunicipalitySummary::name)
                .contains("Amsterdam", "Middelburg", "Enschede")
                .doesNotContain("Rotterdam", "Almere", "Utrecht", "Maastricht", "Apeldoorn");
    }

    @Test
    void listsRecordsNeverVerifiedOrVerifiedOverAYearAgo() {
        RoutingData data = Fixtures.seeded();
        ReportingPointData politie = data.points().stream().filter(p -> p.name().equals("Politie")).findFirst().orElseThrow();
        ReportingPointData recent = verified(politie, TODAY.minusMonths(3));
        ReportingPointData old = data.points().stream().filter(p -> p.name().equals("112")).findFirst()
                .map(p -> verified(p, TODAY.minusMonths(13))).orElseThrow();
        RoutingData someVerified = data.withPoints(data.points().stream()
                .map(p -> p.id().equals(recent.id()) ? recent : p.id().equals(old.id()) ? old : p).toList());

        CoverageReport report = CoverageCalculator.report(someVerified, TODAY);

        assertThat(CoverageCalculator.report(data, TODAY).verificationOverdue()).as("the seed is not yet verified")
                .hasSize(data.points().size());
        assertThat(report.verificationOverdue()).extracting(ReportingPointData::name).contains("112").doesNotContain("Politie");
    }

    private static ReportingPointData verified(ReportingPointData p, LocalDate on) {
        return new ReportingPointData(p.id(), p.name(), p.routingKey(), p.kind(), p.scope(), p.areas(), p.forms(), p.audiences(),
                p.contact(), p.anonymousPossible(), p.sourceUrl(), on, p.confidence(), p.notes());
    }
}
