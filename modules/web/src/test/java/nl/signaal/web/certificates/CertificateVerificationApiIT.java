package nl.signaal.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.web.browser.Browser;
import org.junit.jupiter.api.Test;

/**
 * The public verification API and page as a stranger probing codes sees them: every wrong code,
 * whatever its shape, gets the same 404, and a burst of requests is cut off with 429 and
 * Retry-After. Runs against the stack; each test stays within its own rate-limit window budget
 * by running the sameness checks before the burst.
 */
class CertificateVerificationApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request of the sameness check; waits out a window a previous run may have used up. */
    private static HttpResponse<String> getPatiently(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path);
        if (answer.statusCode() == 429) {
            Thread.sleep(1000L * Integer.parseInt(answer.headers().firstValue("Retry-After").orElse("60")) + 500);
            answer = get(path);
        }
        return answer;
    }

    private static String code(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void unknownAndMalformedCodesGetTheSameNotFoundAndTooManyRequestsAreRefused() throws Exception {
        List<String> probes = List.of("7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS", "7K3MQ9TX4D2HABCDEFGHJKMNPQRS", "abc",
                "' OR 1=1 --", "<script>alert(1)</script>", "ÅÅÅÅ", "0".repeat(200));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String probe : probes) {
            answers.add(getPatiently("api/v1/certificates/" + code(probe)));
        }
        Set<String> bodies = answers.stream().map(HttpResponse::body).collect(Collectors.toSet());
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(404));
        assertThat(bodies).as("one and the same body for every wrong code").hasSize(1);
        assertThat(bodies.iterator().next()).contains("\"not-found\"").doesNotContain("malformed", "invalid", "format");

        HttpResponse<String> limited = null;
        for (int i = 0; i < 70 && limited == null; i++) { // 70: a minute boundary may reset the count once
            HttpResponse<String> answer = get("api/v1/certificates/" + code("burst-" + i));
            if (answer.statusCode() == 429) {
                limited = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(404);
            }
        }
        assertThat(limited).as("refused within 70 requests (limit 30 a minute)").isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).get().satisfies(s ->
                assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(limited.body()).contains("too-many-requests");
    }

    @Test
    void theVerificationPageSaysNotFoundForAnyWrongCodeWithoutALogin() throws Exception {
        HttpResponse<String> unknown = get("verify/7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS");
        HttpResponse<String> malformed = get("verify/" + code("<b>x</b>"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Geen certificaat gevonden met deze code.");
        assertThat(malformed.body()).contains("Geen certificaat gevonden met deze code.").doesNotContain("<b>x</b>");
        assertThat(unknown.uri().getPath()).as("no redirect to a login").contains("/verify/");
    }
}
