package nl.signaal.platform.caller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request, built once per request from the authenticated
 * principal, its groups (Keycloak realm roles) and the OpenID Connect identity token.
 * This is the only place that reads the {@code organisation} claim.
 *
 * <pre>
 * &#64;Inject CurrentCaller caller;
 * String org = caller.require().requireOrganisation();
 * </pre>
 */
@RequestScoped
public class CurrentCaller {

    /** Name of the claim the identity provider puts the organisation code in. */
    public static final String ORGANISATION_CLAIM = "organisation";

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private Optional<Caller> caller;

    /** The signed-in caller, or empty for an anonymous request. */
    public Optional<Caller> current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** The signed-in caller; throws {@link NotSignedInException} for anonymous requests. */
    public Caller require() {
        return current().orElseThrow(NotSignedInException::new);
    }

    private Optional<Caller> resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : Role.ALL) {
            if (securityContext.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        String username = principal.getName();
        String subject = username;
        String displayName = username;
        String email = "";
        Optional<String> organisation = Optional.empty();
        if (openIdContext.isResolvable()) {
            OpenIdContext oidc = openIdContext.get();
            JwtClaims id = oidc.getIdentityToken().getJwtClaims();
            subject = oidc.getSubject();
            String given = id.getStringClaim("given_name").orElse("");
            String family = id.getStringClaim("family_name").orElse("");
            String full = (given + " " + family).strip();
            displayName = id.getStringClaim("name").filter(n -> !n.isBlank()).orElse(full.isEmpty() ? username : full);
            email = id.getStringClaim("email").orElse("");
            organisation = id.getStringClaim(ORGANISATION_CLAIM)
                    .or(() -> oidc.getClaims().getStringClaim(ORGANISATION_CLAIM))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty());
        }
        return Optional.of(new Caller(subject, username, displayName, email, organisation, roles));
    }
}
