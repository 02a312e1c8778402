package nl.signaal.platform.tenant;

/**
 * An entity that belongs to exactly one organisation (a department, a member, an assignment).
 * {@link TenantScope#find} refuses such an entity to a caller of another organisation.
 */
public interface TenantOwned {

    /** The id of the organisation (tenant) that owns this record; never null once persisted. */
    Long getOrganisationId();
}
