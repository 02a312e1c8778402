package nl.signaal.organisations.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.platform.tenant.TenantDirectory;

/** Tells the platform (tenant scope, certificates) which organisation a token's organisation code stands for. */
@ApplicationScoped
public class OrganisationTenants implements TenantDirectory {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Override
    public Optional<Long> organisationIdOf(String code) {
        return find(code).map(Organisation::getId);
    }

    @Override
    public Optional<String> nameOf(String code) {
        return find(code).map(Organisation::getName);
    }

    @Override
    public Optional<byte[]> logoOf(String code) {
        return find(code).map(Organisation::getLogo);
    }

    private Optional<Organisation> find(String code) {
        return em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
