/**
 * Tenant scoping, in one place: which organisation the caller works for, and the checks that
 * keep every org-scoped query and every id a caller hands us inside that organisation.
 *
 * <p>Org-scoped entities implement {@link nl.signaal.platform.tenant.TenantOwned}; their named
 * queries filter on {@code organisationId = :organisation}; services read them only through
 * {@link nl.signaal.platform.tenant.TenantScope} ({@code query}, {@code find}). Each context
 * proves this with a test over its own entities and services.</p>
 */
package nl.signaal.platform.tenant;
