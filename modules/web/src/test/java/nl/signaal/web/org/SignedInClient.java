package nl.signaal.web.org;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.signaal.web.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTTP client signed in through the real Keycloak login form (no browser): it follows the
 * OpenID Connect redirects and keeps the cookies, so its requests reach pages and API
 * resources exactly as the signed-in person's browser would.
 */
final class SignedInClient {

    private final HttpClient http;

    /**
     * Keycloak marks its cookies {@code Secure}; browsers still send those to {@code http://localhost}
     * (a secure context), Java's cookie manager does not. On the local stack we behave like the browser.
     */
    private static final class LocalhostCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers)
                throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) throws IOException {
            java.util.Map<String, java.util.List<String>> relaxed = new java.util.HashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    private SignedInClient(HttpClient http) {
        this.http = http;
    }

    static SignedInClient signIn(String username) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
            if (form == null) {
                throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
            }
            String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(Browser.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (!home.uri().toString().startsWith(Browser.BASE_URL) || home.statusCode() != 200) {
                throw new IllegalStateException("Sign-in of " + username + " ended at " + home.uri() + " with " + home.statusCode());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new SignedInClient(http);
    }

    /** Sends {@code method} to a path relative to the base URL, e.g. {@code api/v1/org/members}. */
    HttpResponse<String> send(String method, String relative, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative))
                .header("Accept", "application/json, text/html")
                .header("Accept-Language", "nl");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String relative) {
        return send("GET", relative, null, null);
    }

    /** A download (XLSX, PDF) as bytes. */
    HttpResponse<byte[]> getBytes(String relative) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative)).header("Accept-Language", "nl").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postJson(String relative, String json) {
        return send("POST", relative, "application/json", json);
    }
}
