package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reporting point admin: only platform admins get in; a learner gets the 403 page. A
 * platform admin sees the list, and a bad CSV file is refused with its line-numbered errors.
 */
class RoutesAdminIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The page object of /admin/routes/import.xhtml. */
    static final class ImportPage {
        private final Browser browser;

        ImportPage(Browser browser) {
            this.browser = browser;
            browser.open("admin/routes/import.xhtml");
            browser.waitFor(d -> !d.findElements(By.id("import-form")).isEmpty());
        }

        void upload(Path file) {
            browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.id("import-form:upload")).click();
            browser.waitFor(d -> !d.findElements(By.id("import-form:messages")).isEmpty());
        }

        java.util.List<String> errorLines() {
            return browser.texts(By.cssSelector("#import-errors tbody td:first-child"));
        }
    }

    @Test
    void aLearnerOpeningTheRoutesAdminGetsTheForbiddenPage() {
        browser.signIn("leerling.zorg").open("admin/routes/index.xhtml");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Geen toegang");
        assertThat(browser.driver().findElements(By.id("points-form:points"))).isEmpty();

        browser.open("admin/routes/municipality.xhtml?code=GM0312");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Geen toegang");
        assertThat(browser.driver().findElements(By.id("municipality-form"))).isEmpty();
    }

    @Test
    void aPlatformAdminSeesThePointsAndTheMenuItem() {
        browser.signIn("platformbeheer");
        browser.driver().findElement(By.cssSelector("[data-nav='nav-admin-routes']")).click();
        browser.waitFor(d -> !d.findElements(By.id("points-form:points")).isEmpty());

        assertThat(browser.texts(By.cssSelector("[id='points-form:points'] .point-name"))).contains("112");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anInvalidEditIsRefusedWithTheMessageAtTheField() {
        browser.signIn("platformbeheer").open("admin/routes/edit.xhtml?id=1");
        browser.waitFor(d -> !d.findElements(By.id("point-form:phone")).isEmpty());
        String name = browser.driver().findElement(By.id("point-form:name")).getAttribute("value");
        var phone = browser.driver().findElement(By.id("point-form:phone"));
        phone.clear();
        phone.sendKeys("12-34");
        browser.driver().findElement(By.id("point-form:save")).click();
        browser.waitFor(d -> !d.findElement(By.id("point-form:phone-error")).getText().isBlank());

        assertThat(name).isNotBlank();
        assertThat(browser.text(By.id("point-form:phone-error"))).contains("12-34").contains("klopt niet");
        assertThat(browser.text(By.id("messages"))).startsWith("Niet opgeslagen");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aBadCsvFileIsRefusedWithItsLineNumbers() throws Exception {
        browser.signIn("platformbeheer");
        Path file = Files.createTempFile("meldpunten-", ".csv");
        try {
            Files.writeString(file, String.join("\n",
                    "id,name,kind,scope,areas,forms,audiences,phone,phone_hours,phone_abroad,web,email,chat,chat_hours,"
                            + "anonymous_possible,source_url,verified_on,confidence,routing_key,notes",
                    ",Browser IT fout,KNOWLEDGE,MUNICIPALITY,GM9999,LABOUR,,,,,,,,,,https://example.org,,UNCONFIRMED,,",
                    ",Browser IT fout 2,KNOWLEDGE,MUNICIPALITY,GM0363,SLAVERY,,,,,,,,,,https://example.org,,UNCONFIRMED,,") + "\n");
            ImportPage page = new ImportPage(browser);

            page.upload(file);

            assertThat(browser.text(By.id("import-form:messages"))).startsWith("Niets geïmporteerd");
            assertThat(page.errorLines()).containsExactly("2", "3");
            browser.assertNoJavaScriptErrors();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aPlatformAdminDeletesAPointAfterConfirming() throws Exception {
        browser.signIn("platformbeheer");
        String name = "000 Verwijdertest " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("meldpunt-", ".csv");
        try {
            Files.writeString(file, String.join("\n",
                    "id,name,kind,scope,areas,forms,audiences,phone,phone_hours,phone_abroad,web,email,chat,chat_hours,"
                            + "anonymous_possible,source_url,verified_on,confidence,routing_key,notes",
                    "," + name + ",KNOWLEDGE,MUNICIPALITY,GM0363,LABOUR,,,,,,,,,,https://example.org,,UNCONFIRMED,,browser test") + "\n");
            new ImportPage(browser).upload(file);
            assertThat(browser.text(By.id("import-form:messages"))).contains("1 punten toegevoegd");
        } finally {
            Files.deleteIfExists(file);
        }
        browser.open("admin/routes/index.xhtml");
        By row = By.xpath("//tr[.//span[@class='point-name' and text()='" + name + "']]");
        browser.waitFor(d -> !d.findElements(row).isEmpty());

        browser.driver().findElement(row).findElement(By.cssSelector("button.delete-point")).click();
        browser.waitFor(d -> d.findElement(By.id("points-form:confirm-yes")).isDisplayed());
        browser.driver().findElement(By.id("points-form:confirm-yes")).click();
        browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("Verwijderd"));

        assertThat(browser.text(By.id("messages"))).isEqualTo("Verwijderd: " + name + ".");
        assertThat(browser.driver().findElements(row)).isEmpty();
        assertThat(browser.driver().findElements(By.xpath("//tr[.//span[text()='112']]//button[contains(@class,'delete-point')]")))
                .as("a point the routing rules use has no delete button").isEmpty();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPlatformAdminCorrectsTheRegionsOfAMunicipality() {
        browser.signIn("platformbeheer").open("admin/routes/municipality.xhtml?code=GM0312");
        browser.waitFor(d -> !d.findElements(By.id("municipality-form:veiligThuis")).isEmpty());
        String source = browser.driver().findElement(By.id("municipality-form:source")).getAttribute("value");
        String before = browser.driver().findElement(By.id("municipality-form:veiligThuis")).getAttribute("value");
        try {
            browser.driver().findElement(By.id("municipality-form:source")).clear();
            browser.driver().findElement(By.id("municipality-form:save")).click();
            browser.waitFor(d -> !d.findElement(By.id("municipality-form:source-error")).getText().isBlank());
            assertThat(browser.text(By.id("messages"))).startsWith("Niet opgeslagen");
            assertThat(browser.text(By.id("municipality-form:source-error"))).contains("bron is verplicht");

            browser.driver().findElement(By.id("municipality-form:source")).sendKeys(source);
            var veiligThuis = browser.driver().findElement(By.id("municipality-form:veiligThuis"));
            veiligThuis.clear();
            veiligThuis.sendKeys("Veilig Thuis Browsertest");
            browser.driver().findElement(By.id("municipality-form:save")).click();
            browser.waitFor(d -> !d.findElements(By.id("municipalities")).isEmpty());

            assertThat(browser.text(By.id("messages"))).isEqualTo("Opgeslagen: Bunnik.");
            browser.driver().findElement(By.id("search:q")).sendKeys("Bunnik");
            browser.driver().findElement(By.id("search:apply")).click();
            browser.waitFor(d -> d.findElements(By.cssSelector("#municipalities .municipality-name")).size() == 1);
            assertThat(browser.texts(By.cssSelector("#municipalities .veilig-thuis"))).containsExactly("Veilig Thuis Browsertest");
            browser.assertNoJavaScriptErrors();
        } finally {
            browser.open("admin/routes/municipality.xhtml?code=GM0312");
            browser.waitFor(d -> !d.findElements(By.id("municipality-form:veiligThuis")).isEmpty());
            var veiligThuis = browser.driver().findElement(By.id("municipality-form:veiligThuis"));
            veiligThuis.clear();
            veiligThuis.sendKeys(before);
            var sourceField = browser.driver().findElement(By.id("municipality-form:source"));
            sourceField.clear();
            sourceField.sendKeys(source);
            browser.driver().findElement(By.id("municipality-form:save")).click();
            browser.waitFor(d -> !d.findElements(By.id("municipalities")).isEmpty());
        }
    }
}
