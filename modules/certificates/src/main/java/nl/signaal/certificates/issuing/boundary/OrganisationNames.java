package nl.signaal.certificates.issuing.boundary;

import java.util.Optional;

/**
 * The organisation's display name (and optional logo) for a certificate. Certificates may not
 * depend on the organisations context (ARCHITECTURE.md), so it asks through this small port;
 * {@code TenantOrganisationNames} answers it from the platform's tenant directory, which the
 * organisations context implements.
 */
public interface OrganisationNames {

    /** The name shown on certificates of the organisation with this code; never null. */
    String nameOf(String organisationCode);

    /** The organisation's logo as PNG or JPEG bytes, when it has one. */
    default Optional<byte[]> logoOf(String organisationCode) {
        return Optional.empty();
    }
}
