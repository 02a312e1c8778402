package nl.signaal.web.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.MonthCount;

/**
 * The dashboard's figures in words, in one language — shared by the page and the exports
 * (CSV, XLSX, PDF), so a withheld cell or a group reads the same everywhere.
 */
public final class DashboardTexts {

    private final Locale locale;

    public DashboardTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        return OrgTexts.text(locale, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A heat map column's heading: the department's path, "no department" or "whole organisation". */
    public String column(HeatMapColumn column) {
        return switch (column.kind()) {
            case DEPARTMENT -> column.department();
            case TOTAL -> text("org.dashboard.signals.total");
            default -> text("org.dashboard.group." + column.kind().name().toLowerCase(Locale.ROOT));
        };
    }

    /** "75 % (6 of 8 people)", "fewer than 5 people" or "no answers". */
    public String cell(HeatMapCell cell) {
        if (cell.withheld()) {
            return text("org.dashboard.signals.withheld");
        }
        if (cell.people() == 0) {
            return text("org.dashboard.signals.none");
        }
        return text("org.dashboard.signals.cell", cell.percent(), cell.missed(), cell.people());
    }

    public String group(ExpiringCertificates row) {
        return row.kind() == GroupKind.DEPARTMENT ? row.department()
                : text("org.dashboard.group." + row.kind().name().toLowerCase(Locale.ROOT));
    }

    public String course(long courseId, String title) {
        return title == null || title.isBlank() ? text("org.dashboard.course.unnamed", courseId) : title;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "mrt. 2026" / "Mar 2026". */
    public String month(MonthCount month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(LocalDate.of(month.year(), month.month(), 1));
    }

    public List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys).map(this::text).toList();
    }
}
