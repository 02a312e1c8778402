package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/organisations/{id}/completions} as an HR system uses it: real access tokens
 * from the stack's Keycloak by client credentials ({@code hr-demo-zorg}, {@code hr-demo-horeca}).
 * An organisation's client gets that organisation's completions as JSON and CSV and nobody
 * else's; another organisation's client gets 404 and no data; no token, a garbage or tampered one,
 * or a token of a realm client not meant for the API gets 401 with {@code WWW-Authenticate: Bearer};
 * a signed-in browser session is no substitute for a token.
 *
 * <p>The run stack keeps data between runs and a fresh stack has no completion yet: when demo-zorg
 * has none, leerling.zorg first passes the healthcare course.
 */
class CompletionsApiIT {

    private static final String API = Browser.BASE_URL + "api/v1/organisations/";
    private static final String CSV_HEADER = "member_id,learner,first_name,last_name,email,department,job,active,course_id,"
            + "course_title,course_version,completed_at,score_percent,valid_until";
    private static final Pattern LEARNER = Pattern.compile("\"learner\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void demoZorgHasACompletion() throws Exception {
        if (learners(get("demo-zorg", "", TestKeycloak.clientToken("hr-demo-zorg"), "application/json").body()).isEmpty()) {
            try (Browser learner = new Browser()) {
                learner.signIn("leerling.zorg");
                LearnerPages.passTheHealthcareCourse(learner);
            }
        }
    }

    @Test
    void anOrganisationsClientGetsItsOwnCompletionsAsJsonAndCsv() throws Exception {
        String token = TestKeycloak.clientToken("hr-demo-zorg");
        List<String> zorg = TestKeycloak.userIdsOf("demo-zorg");
        List<String> horeca = TestKeycloak.userIdsOf("demo-horeca");

        HttpResponse<String> json = get("demo-zorg", "", token, "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        List<String> learners = learners(json.body());
        assertThat(learners).isNotEmpty().doesNotContainAnyElementsOf(horeca);
        assertThat(learners).as("leerling.zorg's completion").containsAnyElementsOf(zorg);
        assertThat(json.body()).contains("\"courseTitle\"", "\"completedAt\"", "\"scorePercent\"", "\"courseVersion\"");

        HttpResponse<String> csv = get("demo-zorg", "?format=csv", token, "application/json"); // format wins over Accept
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        List<String> csvLearners = lines.stream().skip(1).map(l -> l.split(",", -1)[1]).toList();
        assertThat(csvLearners).as("the same completions in both formats").containsExactlyElementsOf(learners);

        HttpResponse<String> byAccept = get("demo-zorg", "", token, "text/csv");
        assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(byAccept.body().lines().findFirst()).contains(CSV_HEADER);

        assertThat(get("demo-zorg", "?format=xml", token, "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherOrganisationsClientGetsNotFoundAndNoData() throws Exception {
        String horecaToken = TestKeycloak.clientToken("hr-demo-horeca");

        HttpResponse<String> foreign = get("demo-zorg", "?format=csv", horecaToken, "text/csv");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("learner", CSV_HEADER);
        assertThat(get("no-such-organisation", "", horecaToken, "application/json").statusCode())
                .as("same answer as for an organisation that does not exist").isEqualTo(404);

        HttpResponse<String> own = get("demo-horeca", "", horecaToken, "application/json");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(learners(own.body())).doesNotContainAnyElementsOf(TestKeycloak.userIdsOf("demo-zorg"));
    }

    @Test
    void withoutAValidAccessTokenTheAnswerIs401WithABearerChallenge() throws Exception {
        String token = TestKeycloak.clientToken("hr-demo-zorg");
        String[] parts = token.split("\\.");
        String tamperedSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"organisation\":\"demo-zorg\"", "\"organisation\":\"demo-horeca\"");
        assertThat(payload).contains("demo-horeca");
        String tamperedClaims = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        // a real token of the realm, but of the provisioning client: not issued for this API (audience)
        String notForTheApi = TestKeycloak.clientToken("signaal-provisioning");

        for (String bad : new String[] {null, "garbage", "a.b.c", tamperedSignature, tamperedClaims, notForTheApi}) {
            HttpResponse<String> response = get(tamperedClaims == bad ? "demo-horeca" : "demo-zorg", "", bad, "application/json");
            assertThat(response.statusCode()).as("token %s", bad == null ? "(none)" : bad.substring(0, Math.min(12, bad.length())))
                    .isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer realm=\"signaal\"");
            assertThat(response.body()).doesNotContain("learner");
        }
    }

    @Test
    void aSignedInBrowserSessionIsNoSubstituteForAToken() throws Exception {
        HttpClient orgAdmin = SignedInHttp.signIn("beheer.zorg");

        HttpResponse<String> session = orgAdmin.send(HttpRequest.newBuilder(URI.create(API + "demo-zorg/completions"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(401);
        assertThat(session.body()).doesNotContain("learner");

        // with a session of demo-zorg and a token of demo-horeca, the token alone decides
        HttpResponse<String> mixed = orgAdmin.send(HttpRequest.newBuilder(URI.create(API + "demo-zorg/completions"))
                .header("Authorization", "Bearer " + TestKeycloak.clientToken("hr-demo-horeca"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mixed.statusCode()).isEqualTo(404);
    }

    static HttpResponse<String> get(String organisation, String query, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + organisation + "/completions" + query))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> learners(String json) {
        List<String> learners = new ArrayList<>();
        Matcher m = LEARNER.matcher(json);
        while (m.find()) {
            learners.add(m.group(1));
        }
        return learners;
    }

    /** The signature with one character changed (still valid base64url). */
    private static String flip(String signature) {
        char c = signature.charAt(signature.length() / 2);
        return signature.substring(0, signature.length() / 2) + (c == 'A' ? 'B' : 'A') + signature.substring(signature.length() / 2 + 1);
    }
}
