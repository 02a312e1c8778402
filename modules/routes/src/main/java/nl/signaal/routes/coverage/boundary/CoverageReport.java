package nl.signaal.routes.coverage.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * Where the reporting-point data is thin.
 *
 * @param asOf                       the day the report was made
 * @param provinces                  per province (by name) the regional points that reach it
 * @param withoutRegionalMeldpunt    municipalities no province-, region- or municipality-scope meldpunt covers
 * @param verificationOverdue        points never verified or last verified more than 12 months before {@code asOf}
 */
public record CoverageReport(LocalDate asOf, List<ProvinceCoverage> provinces,
                             List<MunicipalitySummary> withoutRegionalMeldpunt,
                             List<ReportingPointData> verificationOverdue) {

    public CoverageReport {
        provinces = List.copyOf(provinces);
        withoutRegionalMeldpunt = List.copyOf(withoutRegionalMeldpunt);
        verificationOverdue = List.copyOf(verificationOverdue);
    }

    /**
     * The non-national points that reach (part of) one province. National points reach every
     * province equally and are left out, so the map shows regional differences.
     *
     * @param meldpunten                    points where a signal can be reported or discussed
     * @param kenniscentra                  knowledge centres
     * @param careProviders                 victim care (e.g. care coordinators)
     * @param municipalities                the province's number of municipalities
     * @param municipalitiesWithoutMeldpunt how many of them no regional meldpunt covers
     */
    public record ProvinceCoverage(AreaRef province, int meldpunten, int kenniscentra, int careProviders,
                                   int municipalities, int municipalitiesWithoutMeldpunt) {
    }
}
