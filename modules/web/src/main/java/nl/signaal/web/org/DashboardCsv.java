package nl.signaal.web.org;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's figures as CSV (semicolon-separated, as Dutch Excel expects, UTF-8 with BOM):
 * the same rows as the page, withheld figures left empty. Cells that a spreadsheet would run as
 * a formula get a leading apostrophe.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    public static String write(DashboardFigures figures, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(List.of("org.dashboard.col.course", "org.dashboard.col.group", "org.dashboard.col.members",
                    "org.dashboard.col.completed", "org.dashboard.col.percent", "org.dashboard.col.overdue",
                    "org.dashboard.col.duesoon").stream().map(k -> OrgTexts.text(locale, k, List.of())).toList());
            for (DashboardRow r : figures.rows()) {
                csv.printRecord(safe(r.courseTitle()), safe(DashboardView.groupLabel(r, locale)), n(r.members()), n(r.completed()),
                        n(r.percent()), n(r.overdue()), n(r.dueSoon()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String n(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
