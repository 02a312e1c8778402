package nl.signaal.organisations.dashboard.it;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.signaal.platform.events.SignalsJudged;

/**
 * The dashboard report's figures counted straight in SQL (the "truth" the IT compares with),
 * events fired inside a transaction that rolls back, and cleaning up after the test.
 */
@Stateless
public class ReportProbe {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<SignalsJudged> judged;

    /** Fires the event inside this transaction, then rolls it back: AFTER_SUCCESS observers must not run. */
    public void judgeAndRollBack(SignalsJudged event) {
        judged.fire(event);
        context.setRollbackOnly();
    }

    /** {people, missed} of active members of a department (null: none) for a signal, straight from the tables. */
    public int[] signalCell(long organisationId, long courseId, String signalId, Long departmentId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT j.learner_subject),"
                        + " COUNT(DISTINCT j.learner_subject) FILTER (WHERE j.missed)"
                        + " FROM organisations.signal_judgement j JOIN organisations.member m"
                        + " ON m.keycloak_user_id = j.learner_subject AND m.organisation_id = j.organisation_id AND m.active"
                        + " WHERE j.organisation_id = ?1 AND j.course_id = ?2 AND j.signal_id = ?3"
                        + " AND m.department_id IS NOT DISTINCT FROM CAST(?4 AS BIGINT)")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, signalId)
                .setParameter(4, departmentId == null ? null : departmentId)
                .getSingleResult();
        return new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()};
    }

    public int judgementRows(String subject) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisations.signal_judgement WHERE learner_subject = ?1")
                .setParameter(1, subject).getSingleResult()).intValue();
    }

    /**
     * People of a department whose latest completion of a course has a certificate ending between
     * the two days, with the validity rule written out in SQL: the course's months, else the
     * organisation's default.
     */
    public int expiring(long organisationId, long courseId, long departmentId, LocalDate from, LocalDate until) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT f.learner_subject) FROM organisations.completion_fact f"
                        + " JOIN organisations.member m ON m.keycloak_user_id = f.learner_subject AND m.organisation_id = f.organisation_id AND m.active"
                        + " JOIN organisations.organisation o ON o.id = f.organisation_id"
                        + " WHERE f.organisation_id = ?1 AND f.course_id = ?2 AND m.department_id = ?3"
                        + " AND f.completed_at = (SELECT max(g.completed_at) FROM organisations.completion_fact g"
                        + "   WHERE g.organisation_id = f.organisation_id AND g.learner_subject = f.learner_subject AND g.course_id = f.course_id)"
                        + " AND ((f.completed_at AT TIME ZONE 'Europe/Amsterdam')::date"
                        + "   + make_interval(months => COALESCE(f.validity_months, o.certificate_validity_months)))::date BETWEEN ?4 AND ?5")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, departmentId)
                .setParameter(4, java.sql.Date.valueOf(from)).setParameter(5, java.sql.Date.valueOf(until))
                .getSingleResult()).intValue();
    }

    /** Completions of the organisation per month ("YYYY-MM") from {@code from} on, in Dutch days. */
    public List<Object[]> completionsPerMonth(long organisationId, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT to_char(completed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'), COUNT(*)"
                        + " FROM organisations.completion_fact WHERE organisation_id = ?1"
                        + " AND (completed_at AT TIME ZONE 'Europe/Amsterdam')::date >= ?2 GROUP BY 1 ORDER BY 1")
                .setParameter(1, organisationId).setParameter(2, java.sql.Date.valueOf(from)).getResultList();
        return rows;
    }

    public void removeSignals(long courseId) {
        em.createNativeQuery("DELETE FROM organisations.signal_judgement WHERE course_id = ?1").setParameter(1, courseId).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.signal_label WHERE course_id = ?1").setParameter(1, courseId).executeUpdate();
    }

    /** A second department of the same organisation with its own members (no assignment). */
    public DashboardProbe.Setup department(long organisationId, String name, int members) {
        var department = new nl.signaal.organisations.departments.entity.Department(organisationId, null, name);
        em.persist(department);
        em.flush();
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < members; i++) {
            String subject = "it-" + java.util.UUID.randomUUID();
            em.persist(new nl.signaal.organisations.members.entity.Member(organisationId, subject, subject,
                    subject + "@zorg.signaal.invalid", "Test", "Klein " + i, department.getId(), null, null,
                    java.time.OffsetDateTime.now(), "it"));
            subjects.add(subject);
        }
        em.flush();
        return new DashboardProbe.Setup(organisationId, department.getId(), subjects, 0);
    }

    public long memberId(String subject) {
        return ((Number) em.createNativeQuery("SELECT id FROM organisations.member WHERE keycloak_user_id = ?1")
                .setParameter(1, subject).getSingleResult()).longValue();
    }

    public void removeDepartment(DashboardProbe.Setup setup) {
        em.createNativeQuery("DELETE FROM organisations.completion_fact WHERE learner_subject IN"
                + " (SELECT keycloak_user_id FROM organisations.member WHERE department_id = ?1)").setParameter(1, setup.departmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.member WHERE department_id = ?1").setParameter(1, setup.departmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.department WHERE id = ?1").setParameter(1, setup.departmentId()).executeUpdate();
    }
}
