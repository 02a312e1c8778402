package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a visitor sees when something is not there or not for them: a page in their language, never a stack trace. */
class ErrorPagesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(String relative, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPageGetsTheFriendlyNotFoundPageInDutch() throws Exception {
        HttpResponse<String> response = get("bestaat-niet.xhtml", "nl-NL,nl;q=0.9");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page.getElementById("error-title").text()).isEqualTo("Pagina niet gevonden");
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Payara Server");
    }

    @Test
    void theLanguageLinksOfAnErrorPageKeepTheAddressAskedFor() throws Exception {
        Document page = Jsoup.parse(get("bestaat-niet.xhtml?x=1", "nl").body());

        assertThat(page.getElementById("lang-en").attr("href")).endsWith("/signaal/bestaat-niet.xhtml?lang=en");
        assertThat(page.getElementById("lang-nl").attr("aria-current")).isEqualTo("true");
    }

    @Test
    void anEnglishBrowserGetsItInEnglish() throws Exception {
        HttpResponse<String> response = get("bestaat-niet.xhtml", "en-GB,en;q=0.9");

        assertThat(Jsoup.parse(response.body()).getElementById("error-title").text()).isEqualTo("Page not found");
    }

    @Test
    void aProtectedPageSendsAnAnonymousVisitorToTheSignInPage() throws Exception {
        HttpResponse<String> response = get("home.xhtml", "nl");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/realms/signaal/protocol/openid-connect/auth")
                .contains("client_id=signaal-web")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(Browser.BASE_URL + "callback", java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void templatesAreNeverServedAsFiles() throws Exception {
        assertThat(get("WEB-INF/templates/layout.xhtml", "nl").statusCode()).isIn(403, 404);
    }

    @Test
    void readinessChecksTheDatabase() throws Exception {
        String health = Browser.BASE_URL.replaceFirst("/signaal/$", "/health/ready");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(health)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("\"UP\"");
    }
}
