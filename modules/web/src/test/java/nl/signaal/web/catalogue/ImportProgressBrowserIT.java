package nl.signaal.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform admin imports a large CSV through {@code /admin/catalogue/import.xhtml} and sees the
 * progress (an ARIA progress bar and "Regel … van … gecontroleerd" in a live region) and then the
 * result: either every campaign created, or, with one bad line at the end, that line's error and
 * nothing stored (all-or-nothing at scale).
 *
 * <p>The files are generated here; every title carries a random word, so earlier runs never
 * match, and every row is marked demo. The created campaigns are deleted afterwards through
 * {@code DELETE /api/v1/campaigns/{id}}, found by that word, so the catalogue users see does not
 * grow with each run.
 */
class ImportProgressBrowserIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private Browser browser;
    private HttpClient admin;
    private String word;
    private Path files;

    @BeforeEach
    void setUp() throws Exception {
        word = "importtest" + randomLetters(8);
        admin = SignedInHttp.signIn("platformbeheer");
        files = Files.createTempDirectory("signaal-import-");
        browser = new Browser();
    }

    @AfterEach
    void deleteWhatWasImported() throws Exception {
        browser.close();
        try {
            deleteAll(word);
        } finally {
            try (var walk = Files.walk(files)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** /admin/catalogue/import.xhtml */
    static final class ImportPage {
        private final Browser browser;

        ImportPage(Browser browser) {
            this.browser = browser.open("admin/catalogue/import.xhtml");
            browser.waitFor(d -> !d.findElements(By.id("import-form:file")).isEmpty());
        }

        /** Chooses the file and presses "Importeren"; returns when the page after the post is there. */
        ImportPage importFile(Path file) {
            browser.driver().findElement(By.id("import-form:file")).sendKeys(file.toAbsolutePath().toString());
            WebElement button = browser.driver().findElement(By.id("import-form:import"));
            button.click();
            browser.waitUntilReplaced(button);
            browser.waitFor(d -> !d.findElements(By.id("import-form:file")).isEmpty());
            return this;
        }

        /** The progress bar, as assistive technology sees it. */
        WebElement progressBar() {
            return browser.driver().findElement(By.cssSelector("#import-progress[role=progressbar]"));
        }

        String progressLine() {
            return browser.text(By.id("progress-line"));
        }

        /** Waits (import time, not page time) until the result replaced the bar, and returns the page messages. */
        String awaitResult() {
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                    .until(d -> d.findElements(By.id("import-progress")).isEmpty());
            return String.join(" ", browser.texts(By.cssSelector("#messages li")));
        }

        List<List<String>> errorRows() {
            return browser.driver().findElements(By.cssSelector("#errors tbody tr")).stream()
                    .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList())
                    .toList();
        }

        /** The text of the live region (what a screen reader announces). */
        String announced() {
            return browser.driver().findElement(By.cssSelector(".import-status[role=status]")).getAttribute("textContent").strip();
        }
    }

    @Test
    void aLargeImportShowsItsProgressAndThenHowManyWereImported() throws Exception {
        int rows = 2_000;
        Path csv = csv(rows, false);

        browser.signIn("platformbeheer");
        ImportPage page = new ImportPage(browser).importFile(csv);

        WebElement bar = page.progressBar();
        assertThat(bar.getAttribute("aria-valuemin")).isEqualTo("0");
        assertThat(bar.getAttribute("aria-valuemax")).isEqualTo("100");
        assertThat(Integer.parseInt(bar.getAttribute("aria-valuenow"))).isBetween(0, 100);
        assertThat(bar.getAttribute("aria-labelledby")).isEqualTo("import-progress-label");
        assertThat(page.progressLine()).matches("Het bestand wordt gelezen…|Regel [\\d.]+ van 2\\.000 gecontroleerd"
                + "|Campagne [\\d.]+ van 2\\.000 opgeslagen|Klaar");

        assertThat(page.awaitResult()).contains("2.000 campagnes geïmporteerd.");
        assertThat(page.announced()).isEqualTo("2.000 campagnes geïmporteerd.");
        assertThat(page.errorRows()).isEmpty();
        assertThat(total(word)).isEqualTo(rows);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void oneBadLineAtTheEndOfALargeFileIsReportedAndNothingIsStored() throws Exception {
        int rows = 3_000;
        Path csv = csv(rows, true);

        browser.signIn("platformbeheer");
        ImportPage page = new ImportPage(browser).importFile(csv);
        assertThat(page.progressBar().getAttribute("aria-valuenow")).isNotBlank();

        assertThat(page.awaitResult()).contains("Het bestand is niet geïmporteerd; er is niets opgeslagen.");
        // the header is line 1, so the last of 3,000 rows is line 3,001
        assertThat(page.errorRows()).containsExactly(List.of("3001", "start_year", "„twintig” is geen jaartal."));
        assertThat(total(word)).as("all or nothing").isZero();
        browser.assertNoJavaScriptErrors();
    }

    /** {@code rows} demo campaigns titled with this test's word; optionally the last one with a bad year. */
    private Path csv(int rows, boolean badLast) throws IOException {
        StringBuilder csv = new StringBuilder("title,start_year,source_url,demo\n");
        for (int i = 1; i <= rows; i++) {
            String year = badLast && i == rows ? "twintig" : "2024";
            csv.append(String.format("Importtest %s %05d,%s,https://example.org/importtest,true%n", word, i, year));
        }
        return Files.writeString(files.resolve("campagnes.csv"), csv, StandardCharsets.UTF_8);
    }

    private long total(String q) throws IOException, InterruptedException {
        HttpResponse<String> found = send("GET", "api/v1/campaigns?demo=true&size=1&q=" + q);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        Matcher total = TOTAL.matcher(found.body());
        assertThat(total.find()).as(found.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    /** Deletes every campaign found by the word, a page at a time, a few requests in parallel. */
    private void deleteAll(String q) throws Exception {
        for (int round = 0; round < 100; round++) {
            HttpResponse<String> page = send("GET", "api/v1/campaigns?demo=true&size=100&q=" + q);
            List<Long> ids = new ArrayList<>();
            Matcher id = ID.matcher(page.body());
            while (id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
            if (ids.isEmpty()) {
                return;
            }
            for (int from = 0; from < ids.size(); from += 4) {
                List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
                for (long campaign : ids.subList(from, Math.min(ids.size(), from + 4))) {
                    batch.add(admin.sendAsync(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/campaigns/" + campaign))
                            .DELETE().build(), HttpResponse.BodyHandlers.discarding()));
                }
                for (CompletableFuture<HttpResponse<Void>> deleted : batch) {
                    assertThat(deleted.get().statusCode()).isIn(204, 404);
                }
            }
        }
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return admin.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
