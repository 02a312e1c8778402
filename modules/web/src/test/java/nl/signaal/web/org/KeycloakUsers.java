package nl.signaal.web.org;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;

/**
 * Reads users back from the stack's Keycloak through the Admin REST API, as the service account
 * of {@code signaal-provisioning} (dev secret of the realm file), so that tests check what
 * Keycloak really holds rather than what Signaal says it did.
 */
final class KeycloakUsers {

    static final String KEYCLOAK = System.getProperty("signaal.keycloak-url", "http://localhost:18180");
    private static final String SECRET = "signaal-provisioning-dev-secret";
    private static final Json JSON = new Json();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    KeycloakUsers() {
        String form = "grant_type=client_credentials&client_id=signaal-provisioning&client_secret="
                + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        Map<String, Object> body = JSON.toType(send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/signaal/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()), Map.class);
        token = (String) body.get("access_token");
    }

    /** The user with exactly this e-mail address, as Keycloak's JSON. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> byEmail(String email) {
        List<Map<String, Object>> users = JSON.toType(get("/admin/realms/signaal/users?exact=true&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)), List.class);
        return users.stream().filter(u -> email.equalsIgnoreCase((String) u.get("email"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    List<String> realmRoles(String userId) {
        List<Map<String, Object>> roles = JSON.toType(get("/admin/realms/signaal/users/" + userId + "/role-mappings/realm"), List.class);
        return roles.stream().map(r -> (String) r.get("name")).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> attribute(Map<String, Object> user, String name) {
        Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
        return (List<String>) attributes.getOrDefault(name, List.of());
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK + path)).header("Authorization", "Bearer " + token).build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
