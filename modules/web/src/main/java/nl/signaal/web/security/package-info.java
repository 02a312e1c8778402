/**
 * Sign-in and sign-out through OpenID Connect, and the rule that every signed-in person
 * belongs to an organisation. See docs/adr/0003-authentication.md. Machine clients (HR systems)
 * instead send an access token of the realm, which {@link nl.signaal.web.security.BearerTokenFilter}
 * verifies on the resources marked {@link nl.signaal.web.security.BearerToken} (docs/adr/0008).
 */
package nl.signaal.web.security;
