package nl.signaal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and who we are to it, from MicroProfile Config (so from
 * the environment: {@code SIGNAAL_OIDC_PROVIDER_URI}, {@code SIGNAAL_OIDC_CLIENT_ID},
 * {@code SIGNAAL_OIDC_CLIENT_SECRET}). Nothing of it is baked into the archive; the
 * authentication mechanism reads it through EL (see {@link SecurityConfiguration}).
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "signaal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "signaal.oidc.client-id", defaultValue = "signaal-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "signaal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
