package nl.signaal.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.signaal.catalogue.insights.boundary.Insights;
import nl.signaal.catalogue.insights.boundary.InsightsReport;
import nl.signaal.catalogue.insights.boundary.Tally;

/**
 * {@code /trainer/catalogue/insights.xhtml}: the five figures as SVG bar charts, each with the
 * same numbers in a table and a CSV download ({@link InsightsCsvServlet}).
 */
@Named
@RequestScoped
public class InsightsView {

    /** One chart: its id (also the CSV's name), title key, label key prefix and bars. */
    public record Chart(String id, String titleKey, String labelPrefix, List<Tally> bars) {

        public long max() {
            return Math.max(1, bars.stream().mapToLong(Tally::count).max().orElse(1));
        }
    }

    @Inject
    Insights insights;

    private InsightsReport report;
    private List<Chart> charts;

    @PostConstruct
    void init() {
        report = insights.report();
        charts = charts(report);
    }

    static List<Chart> charts(InsightsReport r) {
        return List.of(
                new Chart("perStartYear", "insights.perStartYear", "", r.perStartYear()),
                new Chart("perAudience", "insights.perAudience", "audience.", r.perAudience()),
                new Chart("perForm", "insights.perForm", "form.", r.perForm()),
                new Chart("costBands", "insights.costBands", "cost.", r.costBands()),
                new Chart("durationBands", "insights.durationBands", "duration.", r.durationBands()));
    }

    /** The label of a bar: a year, an enum's bundle text, or "unknown". */
    public String label(Chart chart, Tally bar) {
        if (bar.key() == null) {
            return Labels.text("unknown");
        }
        return chart.labelPrefix().isEmpty() ? bar.key() : Labels.text(chart.labelPrefix() + bar.key());
    }

    /** Bar width in the SVG's 0..300 coordinate space. */
    public long width(Chart chart, Tally bar) {
        return Math.round(300.0 * bar.count() / chart.max());
    }

    public InsightsReport getReport() { return report; }
    public List<Chart> getCharts() { return charts; }
}
