package nl.signaal.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.web.api.ApiError;

/**
 * Guards the resources marked {@link BearerToken}: the request must carry
 * {@code Authorization: Bearer <access token>} that {@link ServiceTokens} verifies. Anything
 * else — no header, a browser session cookie alone, garbage, a tampered signature, an expired
 * token, an ID token, a token of another realm — is a 401 with {@code WWW-Authenticate: Bearer}
 * (RFC 6750). The verified client is handed to the resource through {@link VerifiedClient};
 * what its roles and organisation allow is the resource's and the service's decision.
 */
@Provider
@BearerToken
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    static final String REALM = "Bearer realm=\"signaal\"";

    @Inject
    ServiceTokens tokens;

    @Inject
    VerifiedClient verified;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            request.abortWith(refuse(401, REALM, "unauthorized", "An access token is required (Authorization: Bearer ...)."));
            return;
        }
        try {
            verified.set(tokens.verify(header.substring(7).strip()));
        } catch (ServiceTokens.InvalidTokenException e) {
            LOG.fine(() -> "Access token refused: " + e.getMessage());
            request.abortWith(refuse(401, REALM + ", error=\"invalid_token\"", "invalid-token",
                    "The access token is invalid or expired."));
        } catch (ServiceTokens.ProviderUnavailableException e) {
            LOG.log(Level.WARNING, "Access token not checked: " + e.getMessage(), e);
            request.abortWith(refuse(503, null, "unavailable", "The identity provider cannot be reached; try again later."));
        }
    }

    static Response refuse(int status, String challenge, String error, String message) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status, error, message)).header("Cache-Control", "no-store");
        if (challenge != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return response.build();
    }
}
