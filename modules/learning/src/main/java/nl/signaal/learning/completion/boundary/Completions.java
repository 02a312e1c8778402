package nl.signaal.learning.completion.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.signaal.learning.completion.entity.Completion;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;

/** The caller's own completions ("my progress"); scoped by the caller's subject in the query. */
@Stateless
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public class Completions {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public List<CompletionSummary> mine() {
        return em.createNamedQuery(Completion.FIND_OWN, Completion.class)
                .setParameter("subject", currentCaller.require().subject())
                .getResultStream()
                .map(Completions::summary)
                .toList();
    }

    static CompletionSummary summary(Completion c) {
        return new CompletionSummary(c.getId(), c.getAttemptId(), c.getCourseId(), c.getCourseVersionId(), c.getVersionNumber(),
                c.getCourseTitle(), Sector.valueOf(c.getSector()), c.getScorePercent(), c.getCompletedAt());
    }
}
