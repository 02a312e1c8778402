package nl.signaal.platform.tenant;

import java.util.Optional;

/**
 * Translates the organisation code of a token into the organisation's id, name and logo. Implemented by the
 * organisations context (which owns the tenants); the platform only knows this interface, so
 * the dependency keeps pointing from organisations to platform.
 */
public interface TenantDirectory {

    /** The id of the organisation with this code; empty when no such organisation exists. */
    Optional<Long> organisationIdOf(String code);

    /** The display name of the organisation with this code (for certificates, reports); empty when unknown. */
    Optional<String> nameOf(String code);

    /** The organisation's logo (PNG or JPEG bytes) for its certificates, when it has one. */
    Optional<byte[]> logoOf(String code);
}
