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
 * <li>Keycloak realm roles arrive in the {@code groups} claim and become Jakarta roles; on later
 * requests of the session {@link SessionRolesDecorator} hands them to the container again
 * (Payara issue 6145).</li>
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
        claimsDefinition = @ClaimsDefinition(callerNameClaim = SecurityConfiguration.CALLER_NAME_CLAIM,
                callerGroupsClaim = SecurityConfiguration.GROUPS_CLAIM))
@DeclareRoles({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {

    /** The claim that names the caller (also read by {@link SessionRolesDecorator}). */
    static final String CALLER_NAME_CLAIM = "preferred_username";

    /** The claim with the caller's groups, i.e. Keycloak realm roles (also read by {@link SessionRolesDecorator}). */
    static final String GROUPS_CLAIM = "groups";
}
