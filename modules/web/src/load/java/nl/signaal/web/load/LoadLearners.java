package nl.signaal.web.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data generator of the player benchmark: the benchmark's learners {@code bench.leerling.001} …
 * {@code bench.leerling.NNN} in Keycloak, password {@code demo}, realm role {@code learner},
 * organisation attribute {@code demo-zorg} (the demo healthcare organisation, Rotterdam), made
 * through the Admin REST API with the devstack's bootstrap admin (development only, like the
 * browser tests' TestKeycloak). Idempotent: a learner that exists is left as it is, its role
 * granted again (a no-op). The learners start their attempts themselves, through the real UI, in
 * the simulation; their attempts stay in the database (a later run continues or retakes them).
 *
 * <p>Run alone: {@code java ... nl.signaal.web.load.LoadLearners 200}; the simulation calls it first.
 */
public final class LoadLearners {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private LoadLearners() {
    }

    /** The username of benchmark learner {@code n} (1-based). */
    public static String username(int n) {
        return String.format("bench.leerling.%03d", n);
    }

    /** Makes sure learners 1..count exist; returns how many were created now. */
    public static int ensure(String keycloakUrl, String organisation, int count) throws IOException, InterruptedException {
        String base = keycloakUrl.replaceAll("/+$", "");
        String token = token(base);
        String role = send(token, HttpRequest.newBuilder(URI.create(base + "/admin/realms/signaal/roles/learner")).GET(), 200);
        int created = 0;
        for (int n = 1; n <= count; n++) {
            if (n % 50 == 0) {
                token = token(base); // admin tokens live 60 s
            }
            String username = username(n);
            String found = send(token, HttpRequest.newBuilder(URI.create(base + "/admin/realms/signaal/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8))).GET(), 200);
            Matcher id = ID.matcher(found);
            if (!id.find()) {
                String user = """
                        {"username":"%s","enabled":true,"firstName":"Benchmark","lastName":"Leerling %03d",
                         "email":"%s@bench.signaal.invalid","emailVerified":true,
                         "attributes":{"organisation":["%s"]},
                         "credentials":[{"type":"password","value":"demo","temporary":false}]}""".formatted(username, n, username, organisation);
                send(token, HttpRequest.newBuilder(URI.create(base + "/admin/realms/signaal/users"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)), 201);
                created++;
                found = send(token, HttpRequest.newBuilder(URI.create(base + "/admin/realms/signaal/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8))).GET(), 200);
                id = ID.matcher(found);
                if (!id.find()) {
                    throw new IllegalStateException("created " + username + " but cannot find it: " + found);
                }
            }
            send(token, HttpRequest.newBuilder(URI.create(base + "/admin/realms/signaal/users/" + id.group(1) + "/role-mappings/realm"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")), 204);
        }
        return created;
    }

    private static String token(String base) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no Keycloak admin token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    private static String send(String token, HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String keycloak = System.getProperty("signaal.keycloak-url", "http://localhost:8180");
        System.out.println("created " + ensure(keycloak, System.getProperty("load.organisation", "demo-zorg"), count)
                + " of " + count + " benchmark learners");
    }
}
