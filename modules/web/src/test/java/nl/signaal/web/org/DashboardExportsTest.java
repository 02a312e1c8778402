package nl.signaal.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX and PDF exports carry the dashboard's figures, read back with POI and PDFBox. */
class DashboardExportsTest {

    private static final DashboardTexts NL = new DashboardTexts(Locale.forLanguageTag("nl"));
    private static final DashboardTexts EN = new DashboardTexts(Locale.ENGLISH);

    private static DashboardReport report(int extraSignals) {
        List<DashboardRow> rows = List.of(
                new DashboardRow(GroupKind.DEPARTMENT, 1L, "Zorg / Łukasz Żółć-afdeling", 10, "Signalen in de zorg", 8, 6, 75, 1, 2),
                new DashboardRow(GroupKind.SMALL_GROUPS, null, "", 10, "Signalen in de zorg", null, null, null, null, null),
                new DashboardRow(GroupKind.TOTAL, null, "", 10, "Signalen in de zorg", 11, 7, 64, 1, 3));
        DashboardFigures figures = new DashboardFigures(LocalDate.of(2026, 3, 10), rows, 1, 3);
        List<HeatMapColumn> columns = List.of(new HeatMapColumn(GroupKind.DEPARTMENT, 1L, "Zorg / Łukasz Żółć-afdeling"),
                new HeatMapColumn(GroupKind.NO_DEPARTMENT, null, ""), new HeatMapColumn(GroupKind.TOTAL, null, ""));
        List<HeatMapRow> heat = new ArrayList<>();
        heat.add(new HeatMapRow(10, "Signalen in de zorg", "niet-alleen", "Patiënt komt nooit alleen; de begeleider praat",
                "Patient never comes alone", List.of(new HeatMapCell(8, 6, 75), HeatMapCell.WITHHELD, new HeatMapCell(11, 7, 64))));
        for (int i = 0; i < extraSignals; i++) {
            heat.add(new HeatMapRow(10, "Signalen in de zorg", "s" + i, "Een lang signaal nummer " + i + " dat over meerdere regels"
                    + " moet doorlopen omdat de kolom smal is en de tekst lang, met een héél-lang-woord-zonder-spaties-dat-afgebroken-moet-worden",
                    "", List.of(new HeatMapCell(5, 1, 20), new HeatMapCell(0, 0, null), new HeatMapCell(9, 2, 22))));
        }
        List<ExpiringCertificates> expiring = List.of(new ExpiringCertificates(GroupKind.DEPARTMENT, 1L, "Zorg / Łukasz Żółć-afdeling",
                10, "Signalen in de zorg", 3, LocalDate.of(2026, 4, 2)));
        List<MonthCount> trend = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            trend.add(new MonthCount(m <= 9 ? 2025 : 2026, m <= 9 ? m + 3 : m - 9, m == 12 ? 4 : 0));
        }
        return new DashboardReport(figures, new SignalHeatMap(columns, heat), expiring, 3, 90, trend);
    }

    @Test
    void theWorkbookHasASheetPerSectionWithNumbersAsNumbers() throws IOException {
        byte[] xlsx = DashboardXlsx.write(report(0), NL);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet completion = book.getSheetAt(0);
            assertThat(completion.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cursus");
            assertThat(completion.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Zorg / Łukasz Żółć-afdeling");
            assertThat(completion.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(75);
            assertThat(completion.getRow(2).getCell(2).getStringCellValue()).isEqualTo("minder dan 5");

            Sheet signals = book.getSheet("Signalen");
            assertThat(signals.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Signaal");
            Row department = signals.getRow(1);
            assertThat(department.getCell(0).getStringCellValue()).startsWith("Patiënt komt nooit alleen");
            assertThat(department.getCell(3).getNumericCellValue()).isEqualTo(8);
            assertThat(department.getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(department.getCell(5).getNumericCellValue()).isEqualTo(75);
            assertThat(signals.getRow(2).getCell(2).getStringCellValue()).isEqualTo("zonder afdeling");
            assertThat(signals.getRow(2).getCell(3).getStringCellValue()).isEqualTo("minder dan 5 personen");
            assertThat(signals.getRow(3).getCell(2).getStringCellValue()).isEqualTo("hele organisatie");

            Sheet expiring = book.getSheet("Certificaten");
            assertThat(expiring.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(expiring.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-04-02");

            Sheet trend = book.getSheet("Trend");
            assertThat(trend.getLastRowNum()).isEqualTo(12);
            assertThat(trend.getRow(12).getCell(0).getStringCellValue()).isEqualTo("2026-03");
            assertThat(trend.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void aDepartmentNamedLikeAFormulaStaysText() throws IOException {
        DashboardReport base = report(0);
        DashboardFigures figures = new DashboardFigures(base.completion().date(), List.of(new DashboardRow(GroupKind.DEPARTMENT, 1L,
                "=HYPERLINK(\"http://x\")", 10, "@SUM(A1)", 5, 5, 100, 0, 0)), 0, 0);
        byte[] xlsx = DashboardXlsx.write(new DashboardReport(figures, base.signals(), List.of(), 0, 90, base.trend()), NL);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void theWorkbookSpeaksEnglishWhenAsked() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DashboardXlsx.write(report(0), EN)))) {
            Sheet signals = book.getSheet("Signals");
            assertThat(signals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Patient never comes alone");
            assertThat(signals.getRow(2).getCell(3).getStringCellValue()).isEqualTo("fewer than 5 people");
        }
    }

    @Test
    void theReportIsA4WithEverySectionAndUnicodeNames() throws IOException {
        byte[] pdf = DashboardPdf.write(report(0), NL, "Zorggroep Łódź");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A4 landscape
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dashboard Zorggroep Łódź", "Zorg / Łukasz Żółć-afdeling",
                    "Signalen die het vaakst gemist worden", "75 % gemist (6 van 8", "minder dan 5 personen",
                    "Certificaten die binnen 90 dagen verlopen", "Totaal: 3 personen", "2 april 2026",
                    "Afgeronde cursussen per maand");
        }
    }

    @Test
    void longTablesWrapAndContinueOnNewPagesWithTheirHeader() throws IOException {
        byte[] pdf = DashboardPdf.write(report(60), EN, "");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithSignalHeader = 0;
            for (int p = 2; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(document);
                if (page.contains("Signal") && page.contains("Missed") && page.contains("Een lang signaal nummer")) {
                    pagesWithSignalHeader++;
                }
            }
            assertThat(pagesWithSignalHeader).as("continued pages repeat the header").isGreaterThanOrEqualTo(2);
            String all = stripper.getText(document);
            stripper.setStartPage(1);
            stripper.setEndPage(document.getNumberOfPages());
            all = stripper.getText(document);
            assertThat(all).contains("Een lang signaal nummer 59", "no answers", "fewer than 5 people", "Courses completed per month");
            // the unbreakable word is cut over lines rather than running off the page
            assertThat(all.replaceAll("\\s+", "")).contains("héél-lang-woord-zonder-spaties-dat-afgebroken-moet-worden");
        }
    }
}
