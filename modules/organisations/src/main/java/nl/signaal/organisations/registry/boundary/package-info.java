/**
 * The register of organisations, for platform admins: every tenant, and creating a new one
 * with its first org admin. Deliberately not tenant-scoped — platform admins work across
 * organisations — and therefore allowed to platform admins only.
 */
package nl.signaal.organisations.registry.boundary;
