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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Deleting one material on {@code /trainer/catalogue/campaign.xhtml}: a platform admin deletes
 * an uploaded file after confirming with the keyboard, and the file's address answers 404; a
 * trainer gets no button on a published campaign's material and the API refuses them (and a
 * learner); the trainer who uploaded to their own proposal may delete it, and "Annuleren" keeps it.
 *
 * <p>Each test works on its own campaign, created through {@code POST /api/v1/campaigns} with a
 * unique title (marked demo) and deleted afterwards through {@code DELETE /api/v1/campaigns/{id}}
 * with whatever material is left.
 */
class MaterialDeleteBrowserIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern MATERIAL_ID = Pattern.compile("[?&]id=(\\d+)");

    private final List<Browser> browsers = new ArrayList<>();
    private final List<Long> campaigns = new ArrayList<>();
    private HttpClient admin;
    private String word;
    private Path png;

    @BeforeEach
    void setUp() throws Exception {
        word = "verwijdertest" + randomLetters(8);
        admin = SignedInHttp.signIn("platformbeheer");
        Path dir = Files.createTempDirectory("signaal-delete-");
        png = Files.write(dir.resolve("affiche.png"), png());
    }

    @AfterEach
    void cleanUp() throws Exception {
        browsers.forEach(Browser::close);
        for (long id : campaigns) {
            assertThat(send(admin, "DELETE", "api/v1/campaigns/" + id, null).statusCode()).isIn(204, 404);
        }
        Files.deleteIfExists(png);
        Files.deleteIfExists(png.getParent());
    }

    /** /trainer/catalogue/campaign.xhtml?id= : the materials table, the upload form and the confirmation. */
    static final class CampaignPage {
        private final Browser browser;

        private CampaignPage(Browser browser) {
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
                    return true;
                }
            });
            browser.waitFor(d -> !d.findElements(By.id("upload-form:file")).isEmpty());
            return this;
        }

        List<String> materialTitles() {
            return browser.texts(By.cssSelector("#materials .material-title"));
        }

        private String row(String title) {
            return "//table[@id='materials']//tr[.//span[@class='material-title' and normalize-space()='" + title + "']]";
        }

        List<WebElement> deleteButtons(String title) {
            return browser.driver().findElements(By.xpath(row(title) + "//button[contains(@class,'material-delete')]"));
        }

        /** The absolute address of the material's file, from its download link. */
        String fileUrl(String title) {
            return browser.driver().findElement(By.xpath(row(title) + "//a[contains(@class,'material-download')]"))
                    .getAttribute("href");
        }

        /** Presses the row's delete button and answers the confirmation with Enter on Yes or No. */
        CampaignPage delete(String title, boolean yes) {
            deleteButtons(title).get(0).click();
            WebElement dialog = browser.driver().findElement(By.cssSelector(".ui-confirm-dialog"));
            browser.waitFor(d -> dialog.isDisplayed());
            assertThat(dialog.getText()).contains("Dit materiaal en het opgeslagen bestand verwijderen?");
            WebElement answer = browser.driver().findElement(By.id(yes ? "confirm-form:confirm-yes" : "confirm-form:confirm-no"));
            answer.sendKeys(Keys.ENTER);
            if (yes) {
                browser.waitFor(d -> !d.findElement(By.id("material-message")).getText().isBlank());
            } else {
                browser.waitFor(d -> !dialog.isDisplayed());
            }
            return this;
        }

        String message() {
            return browser.text(By.id("material-message"));
        }

        boolean saysNoMaterials() {
            return !browser.driver().findElements(By.id("no-materials")).isEmpty();
        }

        /** The HTTP status of an address, fetched by the page with the signed-in session and no cache. */
        int statusOf(String url) {
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin', cache: 'no-store'})"
                            + ".then(r => done(r.status)).catch(e => done(-1));", url);
            return ((Number) status).intValue();
        }
    }

    @Test
    void anAdminDeletesAnUploadedFileAfterConfirmingAndItsAddressAnswers404() throws Exception {
        long campaign = campaign(admin, "PUBLISHED");
        String title = "Affiche " + word;
        Browser platformAdmin = browser().signIn("platformbeheer");
        CampaignPage page = CampaignPage.open(platformAdmin, campaign).upload(title, png);
        assertThat(page.materialTitles()).containsExactly(title);
        String file = page.fileUrl(title);
        assertThat(page.statusOf(file)).isEqualTo(200);

        page.delete(title, true);

        assertThat(page.message()).isEqualTo("Het materiaal „" + title + "” is verwijderd.");
        assertThat(page.saysNoMaterials()).isTrue();
        assertThat(page.statusOf(file)).as("the stored file is gone").isEqualTo(404);
        assertThat(CampaignPage.open(platformAdmin, campaign).saysNoMaterials()).as("after a reload").isTrue();
        platformAdmin.assertNoJavaScriptErrors();
    }

    @Test
    void aTrainerHasNoButtonOnPublishedMaterialAndTheApiRefusesTrainerAndLearner() throws Exception {
        long campaign = campaign(admin, "PUBLISHED");
        String title = "Folder " + word;
        Browser platformAdmin = browser().signIn("platformbeheer");
        CampaignPage adminPage = CampaignPage.open(platformAdmin, campaign).upload(title, png);
        assertThat(adminPage.deleteButtons(title)).as("an admin may").hasSize(1);
        long material = materialId(adminPage.fileUrl(title));

        Browser trainer = browser().signIn("trainer.zorg");
        CampaignPage trainerPage = CampaignPage.open(trainer, campaign);
        assertThat(trainerPage.materialTitles()).containsExactly(title);
        assertThat(trainerPage.deleteButtons(title)).as("published: not the trainer's to delete").isEmpty();
        trainer.assertNoJavaScriptErrors();

        String path = "api/v1/campaigns/" + campaign + "/materials/" + material;
        HttpResponse<String> refused = send(SignedInHttp.signIn("trainer.zorg"), "DELETE", path, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"forbidden\"");
        assertThat(send(SignedInHttp.signIn("leerling.zorg"), "DELETE", path, null).statusCode()).isEqualTo(403);
        assertThat(send(admin, "GET", "api/v1/campaigns/" + campaign, null).body()).as("still there").contains(title);
    }

    @Test
    void theTrainerWhoUploadedToTheirOwnProposalMayDeleteItAndCancellingKeepsIt() throws Exception {
        HttpClient trainerHttp = SignedInHttp.signIn("trainer.zorg");
        long proposal = campaign(trainerHttp, null);
        String title = "Lespakket " + word;
        Browser trainer = browser().signIn("trainer.zorg");
        CampaignPage page = CampaignPage.open(trainer, proposal).upload(title, png);
        assertThat(page.deleteButtons(title)).hasSize(1);
        long material = materialId(page.fileUrl(title));

        page.delete(title, false);
        assertThat(page.materialTitles()).as("No keeps it").containsExactly(title);

        assertThat(send(SignedInHttp.signIn("trainer.horeca"), "DELETE",
                "api/v1/campaigns/" + proposal + "/materials/" + material, null).statusCode())
                .as("another trainer does not even see the proposal").isEqualTo(404);

        page.delete(title, true);
        assertThat(page.message()).isEqualTo("Het materiaal „" + title + "” is verwijderd.");
        assertThat(page.saysNoMaterials()).isTrue();
        trainer.assertNoJavaScriptErrors();
    }

    /** A new campaign of this test (deleted afterwards); a null status sends none. */
    private long campaign(HttpClient http, String status) throws IOException, InterruptedException {
        HttpResponse<String> created = send(http, "POST", "api/v1/campaigns", "{\"title\":\"Browsertest " + word + " "
                + (campaigns.size() + 1) + "\",\"goal\":\"Testcampagne van MaterialDeleteBrowserIT; wordt na de test verwijderd.\","
                + "\"sourceUrl\":\"https://example.org/browsertest\",\"demo\":true"
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        long campaign = Long.parseLong(id.group(1));
        campaigns.add(campaign);
        return campaign;
    }

    private static long materialId(String fileUrl) {
        Matcher id = MATERIAL_ID.matcher(fileUrl);
        assertThat(id.find()).as(fileUrl).isTrue();
        return Long.parseLong(id.group(1));
    }

    private Browser browser() {
        Browser browser = new Browser();
        browsers.add(browser);
        return browser;
    }

    private static HttpResponse<String> send(HttpClient http, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .header("Accept", "application/json").header("Accept-Language", "nl")
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

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 60, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
