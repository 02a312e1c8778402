/**
 * Arquillian support: a settable caller instead of the token's, and beans that run code in
 * a role, so the services' own {@code @RolesAllowed} and subject scoping are exercised as written.
 */
package nl.signaal.learning.it;
