package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An org admin's dashboard after one of their learners took the healthcare course: the signals
 * heat map (a real table with headers, every cell in words, small groups withheld), the trend
 * table beside its chart, and the XLSX and PDF downloads of the same figures.
 */
class DashboardBrowserIT {

    private static final String COURSE = "Mensenhandel herkennen in de zorg";

    @Test
    void anOrgAdminSeesWhichSignalsAreMissedTheTrendAndDownloadsTheReport() throws Exception {
        try (Browser learner = new Browser()) {
            learner.signIn("leerling.zorg");
            LearnerPages.passTheHealthcareCourse(learner); // answers with signals, and a completion this month
        }
        try (Browser browser = new Browser()) {
            browser.signIn("beheer.zorg");
            DashboardPage page = DashboardPage.open(browser);

            assertThat(page.heatCaption()).isEqualTo("Gemiste signalen per afdeling: percentage en aantal personen");
            assertThat(page.heatColumns()).first().isEqualTo("Signaal");
            assertThat(page.heatColumns()).last().isEqualTo("hele organisatie");
            List<WebElement> rows = page.heatRowsOf(COURSE);
            assertThat(rows).as("a row per signal of the healthcare course").isNotEmpty();
            for (WebElement row : rows) {
                assertThat(row.findElements(By.cssSelector("th[scope=row]"))).hasSize(1);
                for (WebElement cell : row.findElements(By.cssSelector("td.heat-cell"))) {
                    // the colour is never the only carrier: each cell says its figure, or why there is none
                    assertThat(cell.getText()).matches("\\d+ % gemist \\(\\d+ van \\d+ personen\\)|minder dan 5 personen|geen antwoorden");
                    assertThat(cell.getAttribute("class")).matches(".*heat-(\\d|none).*");
                }
            }
            assertThat(page.legend()).contains("hoe vaker gemist");

            assertThat(page.trendCaption()).isEqualTo("Afgeronde cursussen per maand");
            List<String> thisMonth = page.lastTrendRow();
            assertThat(Integer.parseInt(thisMonth.get(1))).as("this month's completions").isPositive();
            assertThat(browser.driver().findElements(By.cssSelector("[id$='trend-chart'] canvas, canvas[id$='trend-chart_canvas']")))
                    .as("the chart beside the table").isNotEmpty();
            browser.assertNoJavaScriptErrors();

            HttpResponse<byte[]> xlsx = page.download("xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).matches("attachment; filename=\"dashboard-.*\\.xlsx\"");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                String signals = java.util.stream.StreamSupport.stream(book.getSheet("Signalen").spliterator(), false)
                        .map(r -> r.getCell(1) == null ? "" : r.getCell(1).toString()).collect(Collectors.joining("\n"));
                assertThat(signals).contains(COURSE);
            }

            HttpResponse<byte[]> pdf = page.download("pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).matches("attachment; filename=\"dashboard-.*\\.pdf\"");
            try (var document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Signalen die het vaakst gemist worden", "Afgeronde cursussen per maand", "Mensenhandel");
            }
        }
    }

    /** /org/dashboard.xhtml. */
    static final class DashboardPage {
        private final Browser browser;

        private DashboardPage(Browser browser) {
            this.browser = browser;
        }

        static DashboardPage open(Browser browser) {
            browser.open("org/dashboard.xhtml");
            assertThat(browser.text(By.id("page-title"))).isEqualTo("Dashboard");
            return new DashboardPage(browser);
        }

        String heatCaption() {
            return browser.text(By.cssSelector("#heatmap caption"));
        }

        /** This month's completions, from the trend table beside the chart (its last row). */
        int completionsThisMonth() {
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("table[id$='trend'] tbody tr"));
            List<WebElement> cells = rows.get(rows.size() - 1).findElements(By.cssSelector("th, td"));
            return Integer.parseInt(cells.get(1).getText().strip());
        }

        List<String> heatColumns() {
            return browser.texts(By.cssSelector("#heatmap thead th[scope=col]"));
        }

        List<WebElement> heatRowsOf(String course) {
            return browser.driver().findElements(By.cssSelector("#heatmap tbody tr")).stream()
                    .filter(r -> r.findElement(By.cssSelector(".heat-course")).getText().equals(course)).toList();
        }

        String legend() {
            return browser.text(By.id("heat-legend"));
        }

        String trendCaption() {
            return browser.text(By.cssSelector("table[id$='trend'] caption"));
        }

        List<String> lastTrendRow() {
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("table[id$='trend'] tbody tr"));
            assertThat(rows).hasSize(12);
            return rows.get(rows.size() - 1).findElements(By.cssSelector("th, td")).stream().map(e -> e.getText().strip()).toList();
        }

        /** Follows a download link (#xlsx, #pdf) with the browser's own session, as clicking it would. */
        HttpResponse<byte[]> download(String id) throws Exception {
            String href = browser.driver().findElement(By.id(id)).getAttribute("href");
            String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
