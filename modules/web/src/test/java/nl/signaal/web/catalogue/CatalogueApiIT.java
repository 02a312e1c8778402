package nl.signaal.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/campaigns} over HTTP with a real Keycloak sign-in: search and detail for a
 * trainer, JSON errors for bad input, and 403 for a learner on both reading and editing.
 */
class CatalogueApiIT {

    /**
     * Keeps every cookie by name. Java's {@code CookieManager} stores a cookie for the dotless
     * host {@code localhost} under the domain {@code localhost.local} and never sends it back,
     * so Keycloak answers "cookie not found"; this test only talks to localhost, so names suffice.
     */
    static final class LocalhostCookies extends java.net.CookieHandler {
        private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            if (cookies.isEmpty()) {
                return java.util.Map.of();
            }
            return java.util.Map.of("Cookie", java.util.List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
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

    /** A cookie-keeping client signed in through the Keycloak login form. */
    static HttpClient signIn(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Element form = Jsoup.parse(login.body(), login.uri().toString()).getElementById("kc-form-login");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + Browser.DEMO_PASSWORD + "&credentialId=";
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().toString()).startsWith(Browser.BASE_URL);
        return http;
    }

    static HttpResponse<String> send(HttpClient http, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .header("Accept", "application/json").header("Accept-Language", "nl");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTrainerSearchesWithFiltersAndGetsTheTotal() throws Exception {
        HttpClient trainer = signIn("trainer.zorg");
        HttpResponse<String> hotels = send(trainer, "GET", "api/v1/campaigns?q=hotels&demo=false", null);
        assertThat(hotels.statusCode()).isEqualTo(200);
        assertThat(hotels.body()).contains("\"title\":\"No Room for Sex Trafficking\"").contains("\"total\":1");

        HttpResponse<String> chats = send(trainer, "GET", "api/v1/campaigns?channel=CHAT&demo=false&sort=TITLE&size=1", null);
        assertThat(chats.body()).contains("\"total\":2").contains("\"size\":1").contains("chaterover.nl");
    }

    @Test
    void unknownIdsAndValuesAreExplainedInJson() throws Exception {
        HttpClient trainer = signIn("trainer.horeca");
        HttpResponse<String> missing = send(trainer, "GET", "api/v1/campaigns/987654321", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(missing.body()).contains("\"error\":\"not-found\"").contains("987654321");

        HttpResponse<String> badForm = send(trainer, "GET", "api/v1/campaigns?form=SLAVERY", null);
        assertThat(badForm.statusCode()).isEqualTo(400);
        assertThat(badForm.body()).contains("\"parameter\":\"form\"").contains("LABOUR");

        HttpResponse<String> badSize = send(trainer, "GET", "api/v1/campaigns?size=1000", null);
        assertThat(badSize.statusCode()).isEqualTo(400);
    }

    @Test
    void anInvalidProposalNamesEachField() throws Exception {
        HttpClient trainer = signIn("trainer.zorg");
        HttpResponse<String> invalid = send(trainer, "POST", "api/v1/campaigns", "{\"title\":\" \",\"startYear\":2024,\"endYear\":2021}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"field\":\"title\"").contains("\"field\":\"end_year\"");
    }

    @Test
    void aLearnerIsRefusedTheEditApiAndTheCatalogue() throws Exception {
        HttpClient learner = signIn("leerling.zorg");
        HttpResponse<String> create = send(learner, "POST", "api/v1/campaigns", "{\"title\":\"Learner campaign\"}");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(send(learner, "DELETE", "api/v1/campaigns/1", null).statusCode()).isEqualTo(403);
        assertThat(send(learner, "GET", "api/v1/campaigns", null).statusCode()).isEqualTo(403);
        HttpClient trainer = signIn("trainer.zorg");
        assertThat(send(trainer, "GET", "api/v1/campaigns?q=%22Learner%20campaign%22", null).body()).contains("\"total\":0");
    }

    @Test
    void aTrainerMayNotDelete() throws Exception {
        HttpClient trainer = signIn("trainer.horeca");
        assertThat(send(trainer, "DELETE", "api/v1/campaigns/1", null).statusCode()).isEqualTo(403);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** POSTs a demo campaign with a unique title and returns the response; the id goes to {@code created}. */
    private static HttpResponse<String> post(HttpClient http, String title, String statusJson, java.util.List<Long> created)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(http, "POST", "api/v1/campaigns", "{\"title\":\"" + title + "\","
                + "\"sourceUrl\":\"https://example.org/apitest\",\"demo\":true" + statusJson + "}");
        java.util.regex.Matcher id = ID.matcher(response.body());
        if (response.statusCode() == 201 && id.find()) {
            created.add(Long.parseLong(id.group(1)));
        }
        return response;
    }

    private static String unique() {
        return "API-statustest " + java.util.UUID.randomUUID();
    }

    @Test
    void aPlatformAdminsNewCampaignIsProposedUnlessTheBodySaysPublished() throws Exception {
        HttpClient admin = signIn("platformbeheer");
        java.util.List<Long> created = new java.util.ArrayList<>();
        try {
            HttpResponse<String> none = post(admin, unique(), "", created);
            assertThat(none.statusCode()).as(none.body()).isEqualTo(201);
            assertThat(none.body()).contains("\"status\":\"PROPOSED\"");

            HttpResponse<String> nullStatus = post(admin, unique(), ",\"status\":null", created);
            assertThat(nullStatus.statusCode()).as(nullStatus.body()).isEqualTo(201);
            assertThat(nullStatus.body()).contains("\"status\":\"PROPOSED\"");

            HttpResponse<String> published = post(admin, unique(), ",\"status\":\"PUBLISHED\"", created);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            assertThat(published.body()).contains("\"status\":\"PUBLISHED\"");

            // what is stored, not just what was answered
            assertThat(send(admin, "GET", "api/v1/campaigns/" + created.get(0), null).body()).contains("\"status\":\"PROPOSED\"");
            assertThat(send(admin, "GET", "api/v1/campaigns/" + created.get(2), null).body()).contains("\"status\":\"PUBLISHED\"");
        } finally {
            for (long id : created) {
                send(admin, "DELETE", "api/v1/campaigns/" + id, null);
            }
        }
    }

    @Test
    void aTrainersNewCampaignIsAlwaysProposedWhateverTheBodySays() throws Exception {
        HttpClient trainer = signIn("trainer.zorg");
        java.util.List<Long> created = new java.util.ArrayList<>();
        try {
            HttpResponse<String> none = post(trainer, unique(), "", created);
            assertThat(none.statusCode()).as(none.body()).isEqualTo(201);
            assertThat(none.body()).contains("\"status\":\"PROPOSED\"");

            HttpResponse<String> asksPublished = post(trainer, unique(), ",\"status\":\"PUBLISHED\"", created);
            assertThat(asksPublished.statusCode()).as(asksPublished.body()).isEqualTo(201);
            assertThat(asksPublished.body()).contains("\"status\":\"PROPOSED\"").doesNotContain("PUBLISHED");
            assertThat(send(trainer, "GET", "api/v1/campaigns/" + created.get(1), null).body())
                    .contains("\"status\":\"PROPOSED\"");
        } finally {
            HttpClient admin = signIn("platformbeheer");
            for (long id : created) {
                send(admin, "DELETE", "api/v1/campaigns/" + id, null);
            }
        }
    }
}
