package nl.signaal.organisations.dashboard.boundary;

/** Completions in one calendar month (Dutch days), for the trend. */
public record MonthCount(int year, int month, int completions) {

    /** {@code 2026-03}: sortable, and what the chart and the exports print. */
    public String key() {
        return String.format("%04d-%02d", year, month);
    }
}
