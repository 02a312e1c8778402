package nl.signaal.organisations.dashboard.boundary;

import java.util.List;

/**
 * Everything the org admin's dashboard shows, read in a fixed number of statements: completion per
 * department × course ({@code completion}), signals missed most, certificates expiring within
 * {@code expiringWithinDays} days (rows and the number of people in total), and completions per
 * month for the last twelve months (oldest first, months without completions included). The
 * exports (CSV, XLSX, PDF) print exactly this.
 */
public record DashboardReport(DashboardFigures completion, SignalHeatMap signals, List<ExpiringCertificates> expiring,
                              int expiringPeople, int expiringWithinDays, List<MonthCount> trend) {

    public DashboardReport {
        expiring = List.copyOf(expiring);
        trend = List.copyOf(trend);
    }
}
