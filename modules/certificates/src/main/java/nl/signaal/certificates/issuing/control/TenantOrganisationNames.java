package nl.signaal.certificates.issuing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.certificates.issuing.boundary.OrganisationNames;
import nl.signaal.platform.tenant.TenantDirectory;

/**
 * Names and logos from the platform's {@link TenantDirectory}, which the organisations context
 * implements. Where no directory is deployed (a test archive of this context alone), it does
 * not know the code, or it fails, the certificate shows the organisation code rather than
 * nothing: a learner's certificate (issued once, on the completion event) matters more than
 * the organisation's display name, and a failing directory must not lose it.
 */
@ApplicationScoped
public class TenantOrganisationNames implements OrganisationNames {

    private static final Logger LOG = Logger.getLogger(TenantOrganisationNames.class.getName());

    @Inject
    Instance<TenantDirectory> directory;

    @Override
    public String nameOf(String organisationCode) {
        return ask(d -> d.nameOf(organisationCode), organisationCode).orElse(organisationCode);
    }

    @Override
    public Optional<byte[]> logoOf(String organisationCode) {
        return ask(d -> d.logoOf(organisationCode), organisationCode);
    }

    private <T> Optional<T> ask(Function<TenantDirectory, Optional<T>> question, String organisationCode) {
        if (!directory.isResolvable()) {
            return Optional.empty();
        }
        try {
            return question.apply(directory.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Tenant directory failed for organisation " + organisationCode
                    + "; the certificate shows the code instead of the name and no logo");
            return Optional.empty();
        }
    }
}
