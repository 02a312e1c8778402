package nl.signaal.organisations.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.platform.shared.Sector;

/**
 * Looks organisations up by the code in the caller's token. A code that names no organisation
 * is treated like a missing claim: the caller is refused (see the web's organisation filter).
 */
@Stateless
public class OrganisationDirectory {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    public Optional<OrganisationSummary> findByCode(String code) {
        return em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(o -> new OrganisationSummary(o.getId(), o.getCode(), o.getName(), o.getMunicipalityCode(), o.isDemo()));
    }

    /**
     * The sectors the organisation with this code works in (set by its admins), so a learner's
     * sector home can list the courses for their sector first. Empty for an unknown code or
     * when no sector is set.
     */
    public Set<Sector> sectorsOf(String code) {
        return em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Organisation::getSectors)
                .map(Set::copyOf)
                .orElse(Set.of());
    }
}
