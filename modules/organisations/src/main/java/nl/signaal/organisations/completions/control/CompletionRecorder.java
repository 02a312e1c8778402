package nl.signaal.organisations.completions.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.events.CourseCompleted;

/**
 * Writes one completion fact for the organisation the event names. The event may come from a
 * request of the learner, from a re-send, or from a test without any caller, so the
 * organisation is taken from the event (not from the tenant scope) — which is why this file
 * may write across organisations (see {@code TenantScopingTest}). The insert is idempotent on
 * learning's completion id ({@code ON CONFLICT DO NOTHING}), also when two events race.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CompletionRecorder {

    private static final Logger LOG = Logger.getLogger(CompletionRecorder.class.getName());

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    OrganisationTenants tenants;

    /** Stores the fact; false when it was already stored or the organisation is unknown. */
    public boolean record(CourseCompleted completed) {
        Optional<Long> organisation = tenants.organisationIdOf(completed.organisationCode());
        if (organisation.isEmpty()) {
            LOG.warning(() -> "Completion " + completed.completionId() + " names unknown organisation "
                    + completed.organisationCode() + "; not recorded");
            return false;
        }
        int inserted = em.createNativeQuery("INSERT INTO organisations.completion_fact"
                        + " (id, organisation_id, completion_id, learner_subject, member_id, course_id, course_version, completed_at, score_percent,"
                        + " validity_months, course_title)"
                        + " VALUES (nextval('organisations.completion_fact_seq'), ?1, ?2, ?3,"
                        + " (SELECT m.id FROM organisations.member m WHERE m.organisation_id = ?1 AND m.keycloak_user_id = ?3),"
                        + " ?4, ?5, ?6, ?7, CAST(?8 AS INTEGER), ?9) ON CONFLICT (completion_id) DO NOTHING")
                .setParameter(1, organisation.get())
                .setParameter(2, completed.completionId())
                .setParameter(3, completed.learnerSubject())
                .setParameter(4, completed.courseId())
                .setParameter(5, completed.courseVersion())
                .setParameter(6, java.sql.Timestamp.from(completed.completedAt()))
                .setParameter(7, completed.scorePercent())
                .setParameter(8, completed.validityMonths().orElse(null))
                .setParameter(9, completed.courseTitle().length() > 300 ? completed.courseTitle().substring(0, 300) : completed.courseTitle())
                .executeUpdate();
        return inserted == 1;
    }
}
