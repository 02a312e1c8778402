/**
 * The caller of the current request (user, roles, organisation) as the identity provider
 * vouches for it. Services ask for a {@link nl.signaal.platform.caller.Caller} instead of
 * reading requests or tokens themselves.
 */
package nl.signaal.platform.caller;
