package nl.signaal.web.org;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.Dashboard;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.MonthCount;

/**
 * Backing bean of /org/dashboard.xhtml: the organisation's figures as tables, with charts drawn
 * from the same figures beside them (the tables are the accessible version of the charts). The
 * heat map's colour repeats what each cell says in words; it never carries meaning alone.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Width in SVG units of a 100 % bar. */
    public static final int BAR_WIDTH = 200;

    @Inject
    transient Dashboard dashboard;

    private DashboardReport report;

    public void load() {
        report = dashboard.report();
    }

    public DashboardReport getReport() {
        return report;
    }

    public DashboardFigures getFigures() {
        return report == null ? null : report.completion();
    }

    public List<DashboardRow> getRows() {
        return report == null ? List.of() : report.completion().rows();
    }

    /** The rows a bar is drawn for: those whose figures are shown. */
    public List<DashboardRow> getBars() {
        return getRows().stream().filter(r -> !r.withheld()).toList();
    }

    public int barLength(DashboardRow row) {
        return row.percent() == null ? 0 : row.percent() * BAR_WIDTH / 100;
    }

    public String label(DashboardRow row) {
        return groupLabel(row, locale());
    }

    /** The row's group in words: the department's path, or what the merged group stands for. */
    static String groupLabel(DashboardRow row, Locale locale) {
        return row.kind() == GroupKind.DEPARTMENT ? row.department()
                : OrgTexts.text(locale, "org.dashboard.group." + row.kind().name().toLowerCase(Locale.ROOT), List.of());
    }

    // signals missed most

    public List<HeatMapColumn> getHeatColumns() {
        return report == null ? List.of() : report.signals().columns();
    }

    public List<HeatMapRow> getHeatRows() {
        return report == null ? List.of() : report.signals().rows();
    }

    public String column(HeatMapColumn column) {
        return texts().column(column);
    }

    public String signal(HeatMapRow row) {
        return row.label(locale());
    }

    public String cell(HeatMapCell cell) {
        return texts().cell(cell);
    }

    /** {@code heat-0} (missed by under 20 %) to {@code heat-4} (80 % or more); {@code heat-none} without figures. */
    public String heatClass(HeatMapCell cell) {
        return heatLevel(cell);
    }

    static String heatLevel(HeatMapCell cell) {
        if (cell.withheld() || cell.people() == 0) {
            return "heat-none";
        }
        return "heat-" + Math.min(4, cell.percent() / 20);
    }

    // certificates expiring

    public List<ExpiringCertificates> getExpiring() {
        return report == null ? List.of() : report.expiring();
    }

    /** "Total: 12 people". */
    public String getExpiringTotal() {
        return texts().text("org.dashboard.expiring.total", report == null ? 0 : report.expiringPeople());
    }

    public String group(ExpiringCertificates row) {
        return texts().group(row);
    }

    public String course(ExpiringCertificates row) {
        return texts().course(row.courseId(), row.courseTitle());
    }

    public String date(java.time.LocalDate date) {
        return texts().date(date);
    }

    // trend

    public List<MonthCount> getTrend() {
        return report == null ? List.of() : report.trend();
    }

    public String month(MonthCount month) {
        return texts().month(month);
    }

    /** The trend as a Chart.js configuration for {@code p:chart}; the table beside it holds the same numbers. */
    public String getTrendChart() {
        DashboardTexts texts = texts();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getTrend().forEach(m -> {
            labels.add(texts.month(m));
            data.add(m.completions());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", texts.text("org.dashboard.trend.series"))
                                .add("data", data)
                                .add("backgroundColor", "#1f5f8b"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** The language the exports are asked for, so they match the page. */
    public String getLanguage() {
        return texts().locale().getLanguage();
    }

    private DashboardTexts texts() {
        return new DashboardTexts(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
