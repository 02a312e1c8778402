/**
 * Sign-in and sign-out through OpenID Connect, and the rule that every signed-in person
 * belongs to an organisation. See docs/adr/0003-authentication.md.
 */
package nl.signaal.web.security;
