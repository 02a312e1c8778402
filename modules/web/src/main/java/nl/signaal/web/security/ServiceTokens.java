package nl.signaal.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the access tokens of machine clients (HR systems using client credentials) against the
 * realm the web sign-in uses ({@code signaal.oidc.provider-uri}), with Nimbus JOSE+JWT:
 * <ul>
 * <li>signature RS256 with a key of the realm's JWKS ({@code jwks_uri} of the discovery document);
 * the key set is cached and fetched again when a token names a key id it does not hold (key
 * rotation), rate-limited so that garbage tokens cannot make us hammer Keycloak;</li>
 * <li>issuer exactly the realm's, not expired (60 s clock skew), an access token ({@code typ}
 * {@code Bearer}, so an ID token is refused), audience {@code signaal.api.audience} (default
 * {@code signaal-api}: the realm's HR clients put it in by an audience mapper).</li>
 * </ul>
 * Roles and organisation are read, not judged: the resource decides what they allow.
 */
@ApplicationScoped
public class ServiceTokens {

    /** Why a token was refused: for the {@code WWW-Authenticate} header and the log, never with token contents. */
    public static class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The realm's keys or discovery document could not be read: a 503, not the client's fault. */
    public static class ProviderUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        ProviderUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "signaal.api.audience", defaultValue = "signaal-api")
    String audience;

    private volatile ConfigurableJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor;

    /** The client the token stands for; {@link InvalidTokenException} for anything not a valid access token of the realm. */
    public ServiceClient verify(String token) throws InvalidTokenException, ProviderUnavailableException {
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException | BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        } catch (JOSEException e) {
            throw new ProviderUnavailableException("The realm's keys could not be read", e);
        }
        try {
            String clientId = claims.getStringClaim("azp");
            String organisation = claims.getStringClaim("organisation");
            List<String> groups = claims.getStringListClaim("groups");
            return new ServiceClient(clientId == null ? "" : clientId, organisation == null ? "" : organisation.strip(),
                    groups == null ? Set.of() : new HashSet<>(groups));
        } catch (ParseException e) {
            throw new InvalidTokenException("Unexpected claim types", e);
        }
    }

    private ConfigurableJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor() throws ProviderUnavailableException {
        ConfigurableJWTProcessor<com.nimbusds.jose.proc.SecurityContext> p = processor;
        if (p == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = create();
                }
                p = processor;
            }
        }
        return p;
    }

    private ConfigurableJWTProcessor<com.nimbusds.jose.proc.SecurityContext> create() throws ProviderUnavailableException {
        JsonObject discovery = discovery();
        String issuer = discovery.getString("issuer", null);
        String jwks = discovery.getString("jwks_uri", null);
        if (issuer == null || jwks == null) {
            throw new ProviderUnavailableException("The discovery document names no issuer or jwks_uri", null);
        }
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<com.nimbusds.jose.proc.SecurityContext>create(URI.create(jwks).toURL(),
                            new DefaultResourceRetriever(5_000, 5_000, 256 * 1024))
                    .retrying(true)
                    .build();
        } catch (java.net.MalformedURLException e) {
            throw new ProviderUnavailableException("Bad jwks_uri " + jwks, e);
        }
        DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // mutable sets: the verifier asks them about null, which Set.of refuses
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(audience)),
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(List.of("exp", "iat", "azp")), null));
        return p;
    }

    private JsonObject discovery() throws ProviderUnavailableException {
        String provider = oidc.getProviderUri().replaceAll("/+$", "");
        URI uri = URI.create(provider + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailableException("Discovery " + uri + ": HTTP " + response.statusCode(), null);
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new ProviderUnavailableException("Discovery " + uri + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted", e);
        }
    }
}
