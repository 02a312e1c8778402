package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * "Waar meld ik?" as a visitor uses it, without signing in: find the municipality, answer the
 * questions, read the cards in order, share the address, download the route card.
 */
class RouteFinderIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The page object of /routes/index.xhtml. */
    static final class RouteFinderPage {
        private final Browser browser;

        RouteFinderPage(Browser browser) {
            this.browser = browser;
        }

        static RouteFinderPage open(Browser browser, String query) {
            browser.open("routes/index.xhtml" + query);
            browser.waitFor(d -> !d.findElements(By.id("page-title")).isEmpty());
            return new RouteFinderPage(browser);
        }

        RouteFinderPage chooseMunicipality(String typed, String name) {
            WebElement input = browser.driver().findElement(By.id("route-form:municipality_input"));
            input.clear();
            input.sendKeys(typed);
            By item = By.cssSelector("#route-form\\:municipality_panel li.ui-autocomplete-item[data-item-label^='" + name + "']");
            browser.waitFor(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
            browser.driver().findElement(item).click();
            browser.waitFor(d -> d.findElement(By.id("route-form:municipality_input")).getAttribute("value").startsWith(name));
            return this;
        }

        RouteFinderPage form(String form) {
            browser.driver().findElement(By.cssSelector("input[name='route-form:form'][value='" + form + "']")).click();
            return this;
        }

        RouteFinderPage reporter(String reporter) {
            browser.driver().findElement(By.cssSelector("input[name='route-form:reporter'][value='" + reporter + "']")).click();
            return this;
        }

        RouteFinderPage tick(String id) {
            browser.driver().findElement(By.id("route-form:" + id)).click();
            return this;
        }

        RouteFinderPage show() {
            browser.driver().findElement(By.id("route-form:show")).click();
            browser.waitFor(d -> !d.findElements(By.id("route-title")).isEmpty());
            return this;
        }

        String title() {
            return browser.text(By.id("route-title"));
        }

        List<String> cardNames() {
            return browser.texts(By.cssSelector(".route-card .name"));
        }

        List<String> rules() {
            return browser.driver().findElements(By.cssSelector(".route-card")).stream()
                    .map(e -> e.getAttribute("data-rule")).toList();
        }

        List<String> phoneLinks() {
            return browser.driver().findElements(By.cssSelector(".route-card a.channel-link")).stream()
                    .map(e -> e.getAttribute("href")).filter(h -> h.startsWith("tel:")).toList();
        }

        int unconfirmedBadges() {
            return browser.driver().findElements(By.cssSelector(".route-card .badge-unconfirmed")).size();
        }

        String pdfUrl() {
            return browser.driver().findElement(By.id("card-pdf")).getAttribute("href");
        }

        String messages() {
            return browser.text(By.id("route-messages"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> stepNamesFromTheApi(String query) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.BASE_URL + "api/v1/routes?" + query)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> answer = new Json().toType(body, Map.class);
        return ((List<Map<String, Object>>) answer.get("steps")).stream().map(s -> (String) s.get("name")).toList();
    }

    @Test
    void aVisitorFindsTheRouteSharesItAndDownloadsTheCard() throws Exception {
        RouteFinderPage page = RouteFinderPage.open(browser, "")
                .chooseMunicipality("Amster", "Amsterdam")
                .form("LABOUR")
                .reporter("PROFESSIONAL")
                .tick("acute")
                .show();

        assertThat(page.title()).isEqualTo("Jouw meldroute voor Amsterdam");
        List<String> names = page.cardNames();
        assertThat(names.get(0)).isEqualTo("112");
        assertThat(names).contains("Nederlandse Arbeidsinspectie", "Politie").endsWith("CoMensha");
        assertThat(names).isEqualTo(stepNamesFromTheApi("municipality=GM0363&form=LABOUR&reporter=PROFESSIONAL&acute=true"));
        assertThat(page.phoneLinks()).startsWith("tel:112").contains("tel:09008844");
        String shared = browser.driver().getCurrentUrl();
        assertThat(shared).contains("municipality=GM0363", "form=LABOUR", "acute=true", "reporter=PROFESSIONAL");
        browser.assertNoJavaScriptErrors();

        try (Browser colleague = new Browser()) {
            colleague.driver().get(shared);
            RouteFinderPage same = new RouteFinderPage(colleague);
            assertThat(same.title()).isEqualTo("Jouw meldroute voor Amsterdam");
            assertThat(same.cardNames()).isEqualTo(names);
            colleague.assertNoJavaScriptErrors();
        }

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page.pdfUrl())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void aMinorWhoWantsAnonymityGetsBothRoutesAndUnconfirmedDataIsMarked() {
        RouteFinderPage page = RouteFinderPage.open(browser, "?municipality=GM0654&minor=true&anonymous=true");

        assertThat(page.rules()).contains("ANONYMOUS_M", "MINOR", "REGIONAL_CARE", "POLICE");
        assertThat(page.cardNames()).contains("Meld Misdaad Anoniem (M.)", "Meldpunt Uitbuiting Minderjarigen");
        assertThat(page.unconfirmedBadges()).isGreaterThanOrEqualTo(1);
        assertThat(browser.texts(By.cssSelector(".badge-unconfirmed"))).allMatch("niet bevestigd"::equals);
        assertThat(browser.texts(By.cssSelector(".route-card .verified"))).contains("Nog niet geverifieerd");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anUnknownMunicipalityInTheAddressIsExplained() {
        RouteFinderPage page = RouteFinderPage.open(browser, "?municipality=GM9999");

        assertThat(page.messages()).contains("Gemeente GM9999 bestaat niet (meer)");
        assertThat(page.cardNames()).isEmpty();
    }

    @Test
    void theRouteIsAvailableInEnglish() {
        RouteFinderPage page = RouteFinderPage.open(browser, "?province=PV27&acute=true");
        browser.driver().findElement(By.id("lang-en")).click();
        browser.waitFor(d -> d.findElement(By.id("route-title")).getText().startsWith("Your reporting route"));

        assertThat(page.title()).isEqualTo("Your reporting route for Noord-Holland");
        assertThat(browser.texts(By.cssSelector(".route-card .why")).get(0)).isEqualTo("Why: You said there is acute danger. Call 112 first.");
        browser.assertNoJavaScriptErrors();
    }
}
