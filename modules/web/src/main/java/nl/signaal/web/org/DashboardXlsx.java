package nl.signaal.web.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard as a workbook: one sheet each for completion, signals missed most, certificates
 * expiring and the trend — the same figures as the page, numbers as numbers, withheld figures as
 * the words the page uses. Every text goes in as a string cell, so nothing a department or
 * course is called can run as a formula.
 */
public final class DashboardXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DashboardXlsx() {
    }

    public static byte[] write(DashboardReport report, DashboardTexts t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet completion = sheet(book, t.text("org.dashboard.completion"));
            header(completion, header, t.columns("org.dashboard.col.course", "org.dashboard.col.group", "org.dashboard.col.members",
                    "org.dashboard.col.completed", "org.dashboard.col.percent", "org.dashboard.col.overdue", "org.dashboard.col.duesoon"));
            for (DashboardRow r : report.completion().rows()) {
                Row row = next(completion);
                text(row, 0, r.courseTitle());
                text(row, 1, DashboardView.groupLabel(r, t.locale()));
                if (r.withheld()) {
                    text(row, 2, t.text("org.dashboard.withheld"));
                } else {
                    number(row, 2, r.members());
                    number(row, 3, r.completed());
                    number(row, 4, r.percent());
                    number(row, 5, r.overdue());
                    number(row, 6, r.dueSoon());
                }
            }

            Sheet signals = sheet(book, t.text("org.dashboard.signals.sheet"));
            header(signals, header, t.columns("org.dashboard.signals.col.signal", "org.dashboard.col.course", "org.dashboard.col.group",
                    "org.dashboard.signals.col.people", "org.dashboard.signals.col.missed", "org.dashboard.signals.col.percent"));
            List<HeatMapColumn> columns = report.signals().columns();
            for (HeatMapRow r : report.signals().rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    HeatMapCell cell = r.cells().get(i);
                    Row row = next(signals);
                    text(row, 0, r.label(t.locale()));
                    text(row, 1, t.course(r.courseId(), r.courseTitle()));
                    text(row, 2, t.column(columns.get(i)));
                    if (cell.withheld()) {
                        text(row, 3, t.text("org.dashboard.signals.withheld"));
                    } else {
                        number(row, 3, cell.people());
                        number(row, 4, cell.missed());
                        if (cell.percent() != null) {
                            number(row, 5, cell.percent());
                        }
                    }
                }
            }

            Sheet expiring = sheet(book, t.text("org.dashboard.expiring.sheet"));
            header(expiring, header, t.columns("org.dashboard.col.course", "org.dashboard.col.group", "org.dashboard.expiring.col.people",
                    "org.dashboard.expiring.col.first"));
            for (ExpiringCertificates e : report.expiring()) {
                Row row = next(expiring);
                text(row, 0, t.course(e.courseId(), e.courseTitle()));
                text(row, 1, t.group(e));
                number(row, 2, e.people());
                text(row, 3, e.firstExpiry().toString());
            }
            Row total = next(expiring);
            text(total, 0, t.text("org.dashboard.group.total"));
            number(total, 2, report.expiringPeople());

            Sheet trend = sheet(book, t.text("org.dashboard.trend.sheet"));
            header(trend, header, t.columns("org.dashboard.trend.col.month", "org.dashboard.trend.col.completions"));
            for (MonthCount m : report.trend()) {
                Row row = next(trend);
                text(row, 0, m.key());
                number(row, 1, m.completions());
            }

            for (Sheet s : List.of(completion, signals, expiring, trend)) {
                s.createFreezePane(0, 1);
                for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
                    s.setColumnWidth(c, c < 3 ? 40 * 256 : 16 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name) {
        return book.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private static void header(Sheet sheet, CellStyle style, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(style);
        }
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
