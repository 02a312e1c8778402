package nl.signaal.organisations.provisioning.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates, reads, disables and deletes Keycloak users of realm {@code signaal} through the
 * Admin REST API, as the service account of {@code signaal-provisioning} (realm-management
 * roles manage-users, view-users, query-users — nothing more).
 *
 * <p>Not transactional: Keycloak is another system. Callers create identities first, then
 * write their own rows, and {@link #delete} what they created when their transaction fails
 * (see {@code StaffImport}). Invitations are sent last and may fail without undoing anything:
 * without realm SMTP settings Keycloak cannot send mail, and the admin is told
 * "invitation not sent" instead.</p>
 */
@ApplicationScoped
public class IdentityProvisioning {

    private static final Logger LOG = Logger.getLogger(IdentityProvisioning.class.getName());

    /** How long the link in the invitation stays valid. */
    static final Duration INVITATION_LIFESPAN = Duration.ofDays(7);

    @Inject
    KeycloakAdminSettings settings;

    private Client client;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    private synchronized Client client() {
        if (client == null) {
            client = ClientBuilder.newBuilder()
                    .connectTimeout(5, TimeUnit.SECONDS)
                    .readTimeout(20, TimeUnit.SECONDS)
                    .build();
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** Creates the user, grants the realm roles and returns Keycloak's user id. */
    public String create(NewIdentity identity) {
        JsonObjectBuilder user = Json.createObjectBuilder()
                .add("username", identity.username())
                .add("email", identity.email())
                .add("firstName", identity.firstName())
                .add("lastName", identity.lastName())
                .add("enabled", true)
                .add("emailVerified", false)
                .add("attributes", Json.createObjectBuilder()
                        .add("organisation", Json.createArrayBuilder().add(identity.organisation())))
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"));
        String id;
        try (Response response = users().request().header("Authorization", bearer())
                .post(Entity.entity(user.build().toString(), MediaType.APPLICATION_JSON))) {
            if (response.getStatus() == 409) {
                throw new IdentityExistsException(identity.email());
            }
            expect(response, 201, "create user " + identity.username());
            URI location = response.getLocation();
            String path = location.getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        } catch (ProcessingException e) {
            throw new ProvisioningException("Keycloak unreachable", e);
        }
        try {
            grantRealmRoles(id, identity.realmRoles());
        } catch (RuntimeException e) {
            // a user without its role is half-done: remove it again
            deleteQuietly(id);
            throw e;
        }
        return id;
    }

    private void grantRealmRoles(String id, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        JsonArray available = getArray(users().path(id).path("role-mappings/realm/available"), "available roles");
        var toGrant = Json.createArrayBuilder();
        for (String name : names) {
            JsonObject role = available.getValuesAs(JsonObject.class).stream()
                    .filter(r -> name.equals(r.getString("name", null)))
                    .findFirst()
                    .orElseThrow(() -> new ProvisioningException("Realm role " + name + " not found or not mappable"));
            toGrant.add(role);
        }
        try (Response response = users().path(id).path("role-mappings/realm").request()
                .header("Authorization", bearer())
                .post(Entity.entity(toGrant.build().toString(), MediaType.APPLICATION_JSON))) {
            expect(response, 204, "grant roles " + names);
        }
    }

    /**
     * Asks Keycloak to mail the invitation (set your password). Returns {@code false} instead
     * of failing when Keycloak cannot send it, e.g. because the realm has no SMTP settings.
     */
    public boolean sendInvitation(String id) {
        try (Response response = users().path(id).path("execute-actions-email")
                .queryParam("lifespan", INVITATION_LIFESPAN.toSeconds())
                .request().header("Authorization", bearer())
                .put(Entity.entity("[\"UPDATE_PASSWORD\"]", MediaType.APPLICATION_JSON))) {
            if (response.getStatus() == 204) {
                return true;
            }
            LOG.warning(() -> "Invitation for Keycloak user " + id + " not sent: HTTP " + response.getStatus() + " "
                    + response.readEntity(String.class));
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation for Keycloak user " + id + " not sent", e);
            return false;
        }
    }

    /** The user with exactly this e-mail address, if Keycloak has one. */
    public Optional<Identity> findByEmail(String email) {
        JsonArray found = getArray(users().queryParam("email", email).queryParam("exact", true), "search " + email);
        return found.getValuesAs(JsonObject.class).stream()
                .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
                .findFirst()
                .map(IdentityProvisioning::identity);
    }

    public Optional<Identity> find(String id) {
        try (Response response = users().path(id).request(MediaType.APPLICATION_JSON).header("Authorization", bearer()).get()) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            expect(response, 200, "read user " + id);
            return Optional.of(identity(parse(response.readEntity(String.class)).asJsonObject()));
        }
    }

    /** Names of the realm roles granted directly to the user. */
    public List<String> realmRoles(String id) {
        return getArray(users().path(id).path("role-mappings/realm"), "roles of " + id)
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).sorted().toList();
    }

    /** Disables the user, so they cannot sign in any more; their data stays. */
    public void disable(String id) {
        JsonObject current;
        try (Response response = users().path(id).request(MediaType.APPLICATION_JSON).header("Authorization", bearer()).get()) {
            expect(response, 200, "read user " + id);
            current = parse(response.readEntity(String.class)).asJsonObject();
        }
        // the whole representation goes back: a partial one could drop the organisation attribute
        JsonObject disabled = Json.createObjectBuilder(current).add("enabled", false).build();
        try (Response response = users().path(id).request().header("Authorization", bearer())
                .put(Entity.entity(disabled.toString(), MediaType.APPLICATION_JSON))) {
            expect(response, 204, "disable user " + id);
        }
    }

    /** Deletes a user created moments ago, to undo a provisioning that could not be completed. */
    public void delete(String id) {
        try (Response response = users().path(id).request().header("Authorization", bearer()).delete()) {
            if (response.getStatus() != 404) {
                expect(response, 204, "delete user " + id);
            }
        }
    }

    /** {@link #delete}, logging instead of throwing: used while already handling a failure. */
    public void deleteQuietly(String id) {
        try {
            delete(id);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not delete Keycloak user " + id + " while undoing a provisioning; remove it by hand", e);
        }
    }

    private WebTarget users() {
        return client().target(settings.adminUrl()).path("admin/realms").path(settings.realm()).path("users");
    }

    private JsonArray getArray(WebTarget target, String what) {
        try (Response response = target.request(MediaType.APPLICATION_JSON).header("Authorization", bearer()).get()) {
            expect(response, 200, what);
            return parse(response.readEntity(String.class)).asJsonArray();
        } catch (ProcessingException e) {
            throw new ProvisioningException("Keycloak unreachable", e);
        }
    }

    private synchronized String bearer() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            Form form = new Form()
                    .param("grant_type", "client_credentials")
                    .param("client_id", settings.clientId())
                    .param("client_secret", settings.clientSecret());
            try (Response response = client().target(settings.adminUrl()).path("realms").path(settings.realm())
                    .path("protocol/openid-connect/token").request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form))) {
                expect(response, 200, "client-credentials token");
                JsonObject body = parse(response.readEntity(String.class)).asJsonObject();
                token = body.getString("access_token");
                // renew a little before Keycloak would refuse it
                tokenExpires = Instant.now().plusSeconds(Math.max(0, body.getInt("expires_in", 60) - 30));
            } catch (ProcessingException e) {
                throw new ProvisioningException("Keycloak unreachable", e);
            }
        }
        return "Bearer " + token;
    }

    private static void expect(Response response, int status, String what) {
        if (response.getStatus() != status) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            throw new ProvisioningException("Keycloak refused to " + what + ": HTTP " + response.getStatus() + " " + body);
        }
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static Identity identity(JsonObject u) {
        Optional<String> organisation = Optional.ofNullable(u.getJsonObject("attributes"))
                .map(a -> a.getJsonArray("organisation"))
                .filter(a -> !a.isEmpty())
                .map(a -> a.getString(0));
        List<String> actions = Optional.ofNullable(u.getJsonArray("requiredActions"))
                .map(a -> a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                .orElse(List.of());
        return new Identity(u.getString("id"), u.getString("username", ""), u.getString("email", ""),
                u.getString("firstName", ""), u.getString("lastName", ""), u.getBoolean("enabled", false),
                u.getBoolean("emailVerified", false), organisation, actions);
    }
}
