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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test stack's Keycloak as tests need it: access tokens of the realm's machine clients
 * (client credentials, secrets of the realm file, development only) and, through the Admin REST
 * API with the devstack's bootstrap admin, the ids of an organisation's users. Its address comes
 * from failsafe ({@code signaal.keycloak-url}).
 */
final class TestKeycloak {

    static final String URL = System.getProperty("signaal.keycloak-url", "http://localhost:18180").replaceAll("/+$", "");
    static final String REALM = URL + "/realms/signaal";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private TestKeycloak() {
    }

    /** An access token of a realm client by the client credentials grant; its secret is {@code <client>-dev-secret}. */
    static String clientToken(String clientId) throws IOException, InterruptedException {
        return token(REALM + "/protocol/openid-connect/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + clientId + "-dev-secret");
    }

    /** The Keycloak ids of the users whose {@code organisation} attribute is this code. */
    static List<String> userIdsOf(String organisation) throws IOException, InterruptedException {
        HttpResponse<String> users = admin("users?briefRepresentation=true&max=10000&q="
                + URLEncoder.encode("organisation:" + organisation, StandardCharsets.UTF_8));
        assertThat(users.statusCode()).as("Keycloak users of %s", organisation).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(users.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The Keycloak id of the user with this e-mail address, if any. */
    static java.util.Optional<String> userIdByEmail(String email) throws IOException, InterruptedException {
        HttpResponse<String> users = admin("users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        Matcher m = ID.matcher(users.body());
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static HttpResponse<String> admin(String path) throws IOException, InterruptedException {
        String admin = token(URL + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        return HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/signaal/" + path))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String endpoint, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token from %s: %s", endpoint, response.body()).isEqualTo(200);
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
