package nl.signaal.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Search → detail → preview, through the pages: a platform admin uploads a PNG and a one-page
 * PDF (made here with ImageIO and PDFBox) with the page's file field, a trainer finds the
 * campaign with the Dutch search, opens it and sees both previews as PNG images; an HTML file
 * named {@code .pdf} is refused with the reason and adds nothing.
 *
 * <p>Each test works on its own campaign, created through {@code POST /api/v1/campaigns} with a
 * unique title (marked demo) and deleted through {@code DELETE /api/v1/campaigns/{id}} afterwards,
 * which deletes its materials too. Not a seed campaign: a campaign holds at most 20 materials,
 * and the seed campaigns are real campaigns users see, which must not collect test files even for
 * a moment (deleting one material is tested in {@code MaterialDeleteBrowserIT}).
 */
class MaterialPreviewBrowserIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final List<Browser> browsers = new java.util.ArrayList<>();
    private HttpClient admin;
    private String word;
    private String campaignTitle;
    private long campaignId;
    private Path files;

    @BeforeEach
    void createOwnCampaign() throws Exception {
        // letters only, so the Dutch parser keeps it one word; unique, so earlier runs never match
        word = "voorvertoning" + randomLetters(8);
        campaignTitle = "Browsertest " + word;
        admin = SignedInHttp.signIn("platformbeheer");
        HttpResponse<String> created = send(admin, "POST", "api/v1/campaigns", "{\"title\":\"" + campaignTitle + "\","
                + "\"goal\":\"Testcampagne van MaterialPreviewBrowserIT; wordt na de test verwijderd.\","
                + "\"sourceUrl\":\"https://example.org/browsertest\",\"status\":\"PUBLISHED\",\"demo\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).as("trainers see published campaigns only").contains("\"status\":\"PUBLISHED\"");
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        campaignId = Long.parseLong(id.group(1));
        files = Files.createTempDirectory("signaal-upload-");
    }

    @AfterEach
    void deleteOwnCampaign() throws Exception {
        browsers.forEach(Browser::close);
        if (campaignId != 0) {
            assertThat(send(admin, "DELETE", "api/v1/campaigns/" + campaignId, null).statusCode()).isEqualTo(204);
        }
        try (var walk = Files.walk(files)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** /trainer/catalogue/index.xhtml */
    static final class CataloguePage {
        private final Browser browser;

        CataloguePage(Browser browser) {
            this.browser = browser.open("trainer/catalogue/index.xhtml");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#search-form\\:results")).isEmpty());
        }

        CataloguePage search(String text) {
            String before = browser.driver().findElement(By.cssSelector("#search-form\\:results")).getText();
            WebElement q = browser.driver().findElement(By.id("search-form:q"));
            q.clear();
            q.sendKeys(text);
            browser.driver().findElement(By.id("search-form:search")).click();
            browser.waitFor(d -> !d.findElement(By.cssSelector("#search-form\\:results")).getText().equals(before));
            return this;
        }

        List<String> titles() {
            return browser.texts(By.cssSelector("#search-form\\:results a.campaign-link"));
        }

        CampaignPage open(String title) {
            browser.driver().findElement(By.linkText(title)).click();
            browser.waitFor(d -> !d.findElements(By.id("goal")).isEmpty());
            return new CampaignPage(browser);
        }
    }

    /** /trainer/catalogue/campaign.xhtml?id= : the facts, the materials table and the upload form. */
    static final class CampaignPage {
        private final Browser browser;

        CampaignPage(Browser browser) {
            this.browser = browser;
        }

        static CampaignPage open(Browser browser, long id) {
            browser.open("trainer/catalogue/campaign.xhtml?id=" + id);
            browser.waitFor(d -> !d.findElements(By.id("upload-form:file")).isEmpty());
            return new CampaignPage(browser);
        }

        CampaignPage upload(String title, Path file) {
            browser.driver().findElement(By.id("upload-form:title")).sendKeys(title);
            browser.driver().findElement(By.id("upload-form:file")).sendKeys(file.toAbsolutePath().toString());
            WebElement button = browser.driver().findElement(By.id("upload-form:upload"));
            button.click();
            browser.waitFor(d -> {
                try {
                    button.isDisplayed();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // stale, or (Chromium, mid-navigation) "node does not belong to the document": the form posted
                    return true; // the form posted and a new page is there
                }
            });
            browser.waitFor(d -> !d.findElements(By.id("upload-form:file")).isEmpty());
            return this;
        }

        String notice() {
            return String.join(" ", browser.texts(By.cssSelector("#upload-form\\:upload-messages li")));
        }

        String fileError() {
            return String.join(" ", browser.texts(By.id("upload-form:file-error")));
        }

        List<String> materialTitles() {
            return browser.texts(By.cssSelector("#materials .material-title"));
        }

        boolean saysNoMaterials() {
            return !browser.driver().findElements(By.id("no-materials")).isEmpty();
        }

        /** The preview image in the row of this material. */
        WebElement preview(String materialTitle) {
            return browser.driver().findElement(By.xpath("//table[@id='materials']//tr[.//span[@class='material-title' and "
                    + "normalize-space()='" + materialTitle + "']]//img[contains(@class,'material-preview')]"));
        }

        /** Whether the image was loaded and decoded by the browser (a broken image has no natural width). */
        boolean loaded(WebElement image) {
            browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete;", image));
            Object width = ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth;", image);
            return ((Number) width).intValue() > 0;
        }

        /** "status content-type" of the image's src, fetched by the page itself with the signed-in browser's session. */
        String contentTypeOf(WebElement image) {
            Object type = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0].src, {credentials: 'same-origin'})"
                            + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                            + ".catch(e => done('error ' + e));", image);
            return String.valueOf(type);
        }
    }

    @Test
    void aPngAndAPdfUploadedThroughThePageShowTheirPreviewsToATrainerWhoSearches() throws IOException {
        Path png = Files.write(files.resolve("affiche.png"), png());
        Path pdf = Files.write(files.resolve("folder.pdf"), pdf());
        String poster = "Affiche " + word;
        String leaflet = "Folder " + word;

        Browser platformAdmin = browser().signIn("platformbeheer");
        CampaignPage upload = CampaignPage.open(platformAdmin, campaignId);
        assertThat(upload.saysNoMaterials()).isTrue();
        assertThat(upload.upload(poster, png).notice()).isEqualTo("Het materiaal is toegevoegd.");
        assertThat(upload.upload(leaflet, pdf).notice()).isEqualTo("Het materiaal is toegevoegd.");
        assertThat(upload.materialTitles()).containsExactlyInAnyOrder(poster, leaflet);
        platformAdmin.assertNoJavaScriptErrors();

        Browser trainer = browser().signIn("trainer.zorg");
        CataloguePage catalogue = new CataloguePage(trainer).search(word);
        assertThat(catalogue.titles()).containsExactly(campaignTitle);
        CampaignPage detail = catalogue.open(campaignTitle);
        assertThat(trainer.text(By.id("page-title"))).startsWith(campaignTitle);
        assertThat(detail.materialTitles()).containsExactlyInAnyOrder(poster, leaflet);
        for (String material : List.of(poster, leaflet)) {
            WebElement preview = detail.preview(material);
            assertThat(preview.getAttribute("alt")).as(material).contains(material);
            assertThat(detail.loaded(preview)).as(material + " preview shown").isTrue();
            // the media type; Payara adds ";charset=UTF-8" to every response (the other PDF/PNG tests allow it too)
            assertThat(detail.contentTypeOf(preview).split(";")[0]).as(material).isEqualTo("200 image/png");
        }
        trainer.assertNoJavaScriptErrors();
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedWithTheReasonAndNothingIsAdded() throws IOException {
        Path disguised = Files.write(files.resolve("folder.pdf"),
                "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8));

        Browser trainer = browser().signIn("trainer.zorg");
        CampaignPage page = CampaignPage.open(trainer, campaignId).upload("Vermomd " + word, disguised);

        assertThat(page.fileError()).contains("text/html").contains("niet toegestaan")
                .contains("De bestandsnaam telt niet mee").contains("Er is niets opgeslagen");
        assertThat(page.notice()).doesNotContain("toegevoegd");
        assertThat(page.saysNoMaterials()).isTrue();
        assertThat(CampaignPage.open(trainer, campaignId).saysNoMaterials()).as("after a reload").isTrue();
        trainer.assertNoJavaScriptErrors();
    }

    private Browser browser() {
        Browser browser = new Browser();
        browsers.add(browser);
        return browser;
    }

    private static HttpResponse<String> send(HttpClient http, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** A small orange PNG, 120 × 80. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A one-page A4 PDF with a black bar, as PDFBox writes it. */
    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(Color.BLACK);
                content.addRect(50, 700, 400, 60);
                content.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
