package nl.signaal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import nl.signaal.platform.caller.Role;

/**
 * Sign-in through OpenID Connect with Keycloak (docs/adr/0003).
 * <ul>
 * <li>Provider, client id and secret come from configuration through EL ({@code ${...}}, evaluated
 * when the mechanism is first used), so the same archive runs against any Keycloak.</li>
 * <li>Keycloak realm roles arrive in the {@code groups} claim and become Jakarta roles.</li>
 * <li>{@code redirectToOriginalResource} stays off: on JSF pages it fails; the explicit
 * {@link CallbackServlet} sends the caller on instead.</li>
 * </ul>
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
