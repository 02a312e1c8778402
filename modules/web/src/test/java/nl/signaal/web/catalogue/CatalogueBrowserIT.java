package nl.signaal.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.web.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A trainer searches the catalogue in Dutch, opens a campaign and sees its facts with unknowns
 * marked; the insights page shows every chart with its table and CSV link; a learner is refused.
 * Uses the seed campaigns (V4.2), which the tests never change.
 */
class CatalogueBrowserIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
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

        String caption() {
            return browser.text(By.cssSelector("#search-form\\:results .ui-datatable-header"));
        }

        CampaignPage open(String title) {
            browser.driver().findElement(By.linkText(title)).click();
            browser.waitFor(d -> !d.findElements(By.id("goal")).isEmpty());
            return new CampaignPage(browser);
        }
    }

    /** /trainer/catalogue/campaign.xhtml?id= */
    static final class CampaignPage {
        private final Browser browser;

        CampaignPage(Browser browser) {
            this.browser = browser;
        }

        String field(String id) {
            return browser.text(By.id(id));
        }
    }

    @Test
    void aTrainerSearchesInDutchAndOpensTheCampaign() {
        browser.signIn("trainer.zorg");
        CataloguePage catalogue = new CataloguePage(browser);
        assertThat(catalogue.titles()).hasSizeGreaterThanOrEqualTo(11);

        catalogue.search("hotels");
        assertThat(catalogue.titles()).containsExactly("No Room for Sex Trafficking");
        assertThat(catalogue.caption()).contains("1");

        CampaignPage campaign = catalogue.open("No Room for Sex Trafficking");
        assertThat(browser.text(By.id("page-title"))).isEqualTo("No Room for Sex Trafficking");
        assertThat(campaign.field("goal")).contains("hotels");
        assertThat(campaign.field("period")).isEqualTo("2020 – geen einddatum");
        assertThat(campaign.field("source")).contains("hospitality-management.nl");
        assertThat(campaign.field("confidence")).contains("bevestigd door de bron");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void unknownFactsAreShownAsUnknown() {
        browser.signIn("trainer.horeca");
        CampaignPage campaign = new CataloguePage(browser).search("\"BUIT in de klas\"").open("BUIT in de klas");
        assertThat(campaign.field("owner")).isEqualTo("onbekend");
        assertThat(campaign.field("source")).isEqualTo("Geen bron bekend");
        assertThat(campaign.field("confidence")).contains("onbevestigd").contains("Organisatie onbekend");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theInsightsPageHasATableAndACsvLinkBesideEveryChart() {
        browser.signIn("trainer.zorg");
        browser.open("trainer/catalogue/insights.xhtml");
        for (String chart : List.of("perStartYear", "perAudience", "perForm", "costBands", "durationBands")) {
            assertThat(browser.driver().findElements(By.cssSelector("#" + chart + " svg[role=img]"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("#" + chart + "-table caption"))).hasSize(1);
            assertThat(browser.driver().findElement(By.cssSelector("#" + chart + " a.csv-download")).getAttribute("href"))
                    .contains("insights.csv?chart=" + chart);
        }
        String criminal = browser.driver().findElement(By.xpath(
                "//table[@id='perForm-table']//tr[th='Criminele uitbuiting']/td")).getText();
        assertThat(Integer.parseInt(criminal)).isGreaterThanOrEqualTo(9);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aLearnerCannotReachTheCatalogueOrItsEditScreens() {
        browser.signIn("leerling.zorg");
        browser.open("trainer/catalogue/index.xhtml");
        assertThat(browser.driver().findElements(By.id("search-form:q"))).isEmpty();
        browser.open("admin/catalogue/edit.xhtml");
        assertThat(browser.driver().findElements(By.id("campaign-form:title"))).isEmpty();
        assertThat(browser.texts(By.cssSelector("[data-nav]"))).doesNotContain("Campagnecatalogus");
    }
}
