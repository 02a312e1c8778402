package nl.signaal.certificates.issuing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.signaal.certificates.issuing.boundary.OrganisationNames;
import nl.signaal.platform.tenant.TenantDirectory;

/**
 * Names and logos from the platform's {@link TenantDirectory}, which the organisations context
 * implements. Where no directory is deployed (a test archive of this context alone) or it does
 * not know the code, the certificate shows the organisation code rather than nothing.
 */
@ApplicationScoped
public class TenantOrganisationNames implements OrganisationNames {

    @Inject
    Instance<TenantDirectory> directory;

    @Override
    public String nameOf(String organisationCode) {
        return directory.isResolvable()
                ? directory.get().nameOf(organisationCode).orElse(organisationCode)
                : organisationCode;
    }

    @Override
    public Optional<byte[]> logoOf(String organisationCode) {
        return directory.isResolvable() ? directory.get().logoOf(organisationCode) : Optional.empty();
    }
}
