package nl.signaal.organisations.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak's Admin REST API is and the machine client Signaal uses there, from the
 * environment: {@code SIGNAAL_KEYCLOAK_ADMIN_URL} (e.g. {@code http://keycloak:8080}),
 * {@code SIGNAAL_KEYCLOAK_REALM}, {@code SIGNAAL_KEYCLOAK_CLIENT_ID},
 * {@code SIGNAAL_KEYCLOAK_CLIENT_SECRET}. No secret is baked into the archive.
 */
@ApplicationScoped
public class KeycloakAdminSettings {

    @Inject
    @ConfigProperty(name = "signaal.keycloak.admin-url")
    Optional<String> adminUrl;

    @Inject
    @ConfigProperty(name = "signaal.keycloak.realm", defaultValue = "signaal")
    String realm;

    @Inject
    @ConfigProperty(name = "signaal.keycloak.client-id", defaultValue = "signaal-provisioning")
    String clientId;

    @Inject
    @ConfigProperty(name = "signaal.keycloak.client-secret")
    Optional<String> clientSecret;

    /** Base URL without trailing slash; {@link ProvisioningException} when not configured. */
    public String adminUrl() {
        return adminUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseThrow(() -> new ProvisioningException("signaal.keycloak.admin-url (SIGNAAL_KEYCLOAK_ADMIN_URL) is not set"));
    }

    public String realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElseThrow(
                () -> new ProvisioningException("signaal.keycloak.client-secret (SIGNAAL_KEYCLOAK_CLIENT_SECRET) is not set"));
    }
}
