package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTTP client signed in through the real Keycloak login form, for API tests: it follows the
 * OpenID Connect redirects and keeps the cookies, so its requests reach the API as the
 * signed-in person's browser would.
 */
public final class SignedInHttp {

    private SignedInHttp() {
    }

    /** An HTTP client signed in as {@code username} (password {@link Browser#DEMO_PASSWORD}). */
    public static HttpClient signIn(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Element form = Jsoup.parse(login.body(), login.uri().toString()).getElementById("kc-form-login");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Browser.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().toString()).startsWith(Browser.BASE_URL);
        return http;
    }

    /**
     * Keeps every cookie by name: Java's {@code CookieManager} files a cookie of the dotless host
     * {@code localhost} under {@code localhost.local} and never sends it back, so Keycloak would
     * answer "cookie not found". These tests only talk to localhost, so names suffice.
     */
    static final class LocalhostCookies extends java.net.CookieHandler {
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                        }
                    }
                }
            });
        }
    }
}
