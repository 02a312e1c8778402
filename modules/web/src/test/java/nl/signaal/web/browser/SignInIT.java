package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Signing in through the real Keycloak login page, for every role: each person lands on
 * their home page with their name, their organisation and the menu of their role — and no
 * other role's menu.
 */
class SignInIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** One page object: the signed-in home page. */
    static final class HomePage {
        private final Browser browser;

        HomePage(Browser browser) {
            this.browser = browser;
        }

        String welcome() {
            return browser.text(By.id("welcome"));
        }

        String organisation() {
            return browser.text(By.id("organisation-name"));
        }

        java.util.List<String> menuRoles() {
            return browser.driver().findElements(By.cssSelector("#role-navigation [data-role]")).stream()
                    .map(e -> e.getAttribute("data-role")).toList();
        }
    }

    @ParameterizedTest(name = "{0} ({1}) sees their name, organisation and menu")
    @CsvSource(delimiter = '|', textBlock = """
            leerling.zorg   | learner        | Anna Jansen     | Zorggroep Rivierenland (demo)
            trainer.zorg    | trainer        | Femke Bakker    | Zorggroep Rivierenland (demo)
            beheer.horeca   | org-admin      | Sanne Visser    | Hotelgroep Amstel (demo)
            leerling.horeca | learner        | Łukasz Żółć     | Hotelgroep Amstel (demo)
            platformbeheer  | platform-admin | Pieter de Boer  | Signaal platformbeheer (demo)
            """)
    void everyRoleLandsOnItsOwnHomePage(String username, String role, String name, String organisation) {
        browser.signIn(username);
        HomePage home = new HomePage(browser);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/home.xhtml");
        assertThat(home.welcome()).isEqualTo("Welkom, " + name);
        assertThat(home.organisation()).isEqualTo(organisation);
        assertThat(home.menuRoles()).containsExactly(role);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aLearnerOpeningAnAdminPageIsRefused() throws Exception {
        browser.signIn("leerling.zorg").open("admin/index.xhtml");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Geen toegang");
        assertThat(statusOfAdminPageForCookiesOf(browser)).isEqualTo(403);
    }

    @Test
    void aUserWithoutOrganisationIsRefusedWithAnExplanation() throws Exception {
        browser.signIn("zonder.organisatie");

        assertThat(browser.text(By.id("no-organisation"))).isEqualTo("Je account hoort niet bij een organisatie");
        browser.open("home.xhtml");
        assertThat(browser.driver().findElements(By.id("welcome"))).isEmpty();
        assertThat(browser.text(By.id("no-organisation"))).contains("organisatie");

        HttpResponse<String> api = getWithCookiesOf(browser, "api/v1/me");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("\"error\":\"no-organisation\"").doesNotContain("Smit");
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        browser.signIn("trainer.horeca");
        browser.driver().findElement(By.id("logout")).click();
        browser.waitFor(d -> d.findElements(By.id("login")).size() == 1);

        // back to a protected page: Keycloak must ask for the password again, not sign in silently
        browser.open("home.xhtml");
        browser.waitFor(d -> d.findElements(By.id("username")).size() == 1);
        assertThat(browser.driver().getCurrentUrl()).contains("/realms/signaal/");
    }

    @Test
    void theInterfaceSwitchesToEnglishAndBack() {
        browser.open("");
        browser.driver().findElement(By.id("lang-en")).click();
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith("Signaal: recognise"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.driver().findElement(By.id("lang-nl")).click();
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith("Signaal: mensenhandel"));
        browser.assertNoJavaScriptErrors();
    }

    /** The status code the browser got is not visible to WebDriver; ask again with its session cookie. */
    private static int statusOfAdminPageForCookiesOf(Browser browser) throws Exception {
        return getWithCookiesOf(browser, "admin/index.xhtml").statusCode();
    }

    private static HttpResponse<String> getWithCookiesOf(Browser browser, String relative) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
