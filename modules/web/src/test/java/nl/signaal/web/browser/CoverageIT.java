package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public coverage overview: a map of the 12 provinces whose numbers match the table beside it. */
class CoverageIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The page object of /routes/coverage.xhtml. */
    static final class CoveragePage {
        private final Browser browser;

        CoveragePage(Browser browser) {
            this.browser = browser;
            browser.open("routes/coverage.xhtml");
            browser.waitFor(d -> !d.findElements(By.id("province-table")).isEmpty());
        }

        List<WebElement> tiles() {
            return browser.driver().findElements(By.cssSelector("#province-map g.province-tile"));
        }

        String tableCount(String province) {
            return browser.driver().findElement(By.cssSelector("#province-table tr[data-province='" + province + "'] td.meldpunten")).getText();
        }
    }

    @Test
    void everyProvinceHasATileWithItsNumberTitleAndTheTableAgrees() {
        CoveragePage page = new CoveragePage(browser);

        List<WebElement> tiles = page.tiles();
        assertThat(tiles).hasSize(12);
        for (WebElement tile : tiles) {
            String province = tile.getAttribute("data-province");
            String count = tile.getAttribute("data-count");
            assertThat(tile.findElement(By.tagName("title")).getAttribute("textContent")).contains(count + " meldpunten");
            assertThat(tile.findElements(By.tagName("text")).get(1).getAttribute("textContent")).isEqualTo(count);
            assertThat(page.tableCount(province)).isEqualTo(count);
        }
        assertThat(browser.texts(By.cssSelector("#province-table th[scope='row']"))).contains("Fryslân", "Zeeland", "Limburg");
        assertThat(browser.text(By.cssSelector("#province-table caption"))).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector(".legend li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.text(By.id("uncovered-count"))).matches("\\d+ van de 342 gemeenten .*");
        assertThat(browser.text(By.id("overdue-count"))).matches("\\d+ meldpunten of kenniscentra .*");
        browser.assertNoJavaScriptErrors();
    }
}
