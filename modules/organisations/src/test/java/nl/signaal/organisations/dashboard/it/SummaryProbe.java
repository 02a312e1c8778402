package nl.signaal.organisations.dashboard.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Member changes straight in the database (the product has no "move to another department" or
 * "reactivate" yet, and a script or a later screen may do either), and the heat map's and the
 * figures' truths counted from the facts themselves — never from the summary tables the
 * dashboard reads (docs/adr/0009).
 */
@Stateless
public class SummaryProbe {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    public void moveMember(String subject, long departmentId) {
        em.createNativeQuery("UPDATE organisations.member SET department_id = ?2 WHERE keycloak_user_id = ?1")
                .setParameter(1, subject).setParameter(2, departmentId).executeUpdate();
    }

    /** To a department, or to none ({@code null}). */
    public void moveMemberTo(String subject, Long departmentId) {
        em.createNativeQuery("UPDATE organisations.member SET department_id = CAST(?2 AS BIGINT) WHERE keycloak_user_id = ?1")
                .setParameter(1, subject).setParameter(2, departmentId).executeUpdate();
    }

    /**
     * People counted as done on the department assignment of a course (24-month recurrence, no
     * version decision), counted from the facts: active members now in that department with a
     * completion that holds until the assignment's due date — done 24 months or less before it, or
     * expiring on or after it. The dashboard's total for the course.
     */
    public int completedAnywhere(long organisationId, long courseId, long departmentId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisations.member m"
                        + " JOIN organisations.assignment a ON a.organisation_id = m.organisation_id AND a.course_id = ?2"
                        + "  AND a.department_id = ?3"
                        + " WHERE m.organisation_id = ?1 AND m.department_id = ?3 AND m.active AND EXISTS (SELECT 1"
                        + "  FROM organisations.completion_fact f WHERE f.learner_subject = m.keycloak_user_id"
                        + "  AND f.organisation_id = m.organisation_id AND f.course_id = ?2"
                        + "  AND (f.completed_on + INTERVAL '24 months' >= a.due_date OR f.completed_on >= a.due_date - INTERVAL '24 months'))")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, departmentId)
                .getSingleResult()).intValue();
    }

    /** Moves an assignment's due date by {@code days}. */
    public void moveDueDate(long assignmentId, int days) {
        em.createNativeQuery("UPDATE organisations.assignment SET due_date = due_date + CAST(?2 AS INTEGER) WHERE id = ?1")
                .setParameter(1, assignmentId).setParameter(2, days).executeUpdate();
    }

    /** An assignment of a course to the whole organisation (due in {@code days}, every 12 months); its id. */
    public long assignToEveryone(long organisationId, long courseId, String title, int days) {
        return ((Number) em.createNativeQuery("INSERT INTO organisations.assignment (id, organisation_id, course_id, course_title,"
                        + " target, due_date, recurrence_months, created_at, created_by) VALUES (nextval('organisations.assignment_seq'),"
                        + " ?1, ?2, ?3, 'ORGANISATION', CAST(now() AT TIME ZONE 'Europe/Amsterdam' AS DATE) + CAST(?4 AS INTEGER), 12, now(), 'it')"
                        + " RETURNING id")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, title).setParameter(4, days)
                .getSingleResult()).longValue();
    }

    public void removeAssignment(long assignmentId) {
        em.createNativeQuery("DELETE FROM organisations.assignment WHERE id = ?1").setParameter(1, assignmentId).executeUpdate();
    }

    /** Under another department, or to the top ({@code null}). */
    public void moveDepartment(long departmentId, Long parentId) {
        em.createNativeQuery("UPDATE organisations.department SET parent_id = CAST(?2 AS BIGINT) WHERE id = ?1")
                .setParameter(1, departmentId).setParameter(2, parentId).executeUpdate();
    }

    public void renameDepartment(long departmentId, String name) {
        em.createNativeQuery("UPDATE organisations.department SET name = ?2 WHERE id = ?1").setParameter(1, departmentId)
                .setParameter(2, name).executeUpdate();
    }

    public void deactivate(String subject) {
        em.createNativeQuery("UPDATE organisations.member SET active = FALSE, deactivated_at = ?2, deactivated_by = 'it'"
                        + " WHERE keycloak_user_id = ?1")
                .setParameter(1, subject).setParameter(2, OffsetDateTime.now()).executeUpdate();
    }

    public void reactivate(String subject) {
        em.createNativeQuery("UPDATE organisations.member SET active = TRUE, deactivated_at = NULL, deactivated_by = NULL"
                + " WHERE keycloak_user_id = ?1").setParameter(1, subject).executeUpdate();
    }

    /** A member row for someone who so far had none (and may already have judged signals). */
    public void enrol(long organisationId, String subject, long departmentId) {
        em.persist(new nl.signaal.organisations.members.entity.Member(organisationId, subject, subject,
                subject + "@zorg.signaal.invalid", "Test", "Later lid", departmentId, null, null, OffsetDateTime.now(), "it"));
        em.flush();
    }

    /**
     * {people, missed} for a signal over everyone the heat map counts: active members and people
     * without a member row of the organisation (deactivated members are left out).
     */
    public int[] signalTotal(long organisationId, long courseId, String signalId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE j.missed)"
                        + " FROM organisations.signal_judgement j LEFT JOIN organisations.member m"
                        + " ON m.keycloak_user_id = j.learner_subject AND m.organisation_id = j.organisation_id"
                        + " WHERE j.organisation_id = ?1 AND j.course_id = ?2 AND j.signal_id = ?3 AND (m.id IS NULL OR m.active)")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, signalId).getSingleResult();
        return new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()};
    }

    /**
     * Active members of a department whose latest completion of a course that counts under the
     * organisation's version policy exists — "done" for an assignment without recurrence.
     */
    public int completed(long organisationId, long courseId, long departmentId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT m.id) FROM organisations.member m"
                        + " JOIN organisations.completion_fact f ON f.learner_subject = m.keycloak_user_id"
                        + "  AND f.organisation_id = m.organisation_id AND f.course_id = ?2"
                        + " WHERE m.organisation_id = ?1 AND m.department_id = ?3 AND m.active"
                        + " AND f.course_version >= COALESCE((SELECT p.minimum_version FROM organisations.course_version_policy p"
                        + "  WHERE p.organisation_id = f.organisation_id AND p.course_id = f.course_id), 1)")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, departmentId)
                .getSingleResult()).intValue();
    }

    /** An organisation of its own (not a demo one, whose settings other tests and people use), with a default validity. */
    public long organisation(String code, Integer defaultValidityMonths) {
        long id = ((Number) em.createNativeQuery("SELECT nextval('organisations.organisation_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO organisations.organisation (id, code, name, municipality_code, certificate_validity_months)"
                        + " VALUES (?1, ?2, ?3, 'GM0599', CAST(?4 AS INTEGER))")
                .setParameter(1, id).setParameter(2, code).setParameter(3, "IT " + code).setParameter(4, defaultValidityMonths)
                .executeUpdate();
        return id;
    }

    public void defaultValidity(long organisationId, Integer months) {
        em.createNativeQuery("UPDATE organisations.organisation SET certificate_validity_months = CAST(?2 AS INTEGER) WHERE id = ?1")
                .setParameter(1, organisationId).setParameter(2, months).executeUpdate();
    }

    /** A completion fact as CompletionRecorder writes it, straight in SQL (as a data fix or a script would). */
    public void fact(long organisationId, long completionId, String subject, long courseId, int version, OffsetDateTime at,
                     Integer validityMonths) {
        em.createNativeQuery("INSERT INTO organisations.completion_fact (id, organisation_id, completion_id, learner_subject,"
                        + " course_id, course_version, completed_at, score_percent, validity_months, course_title)"
                        + " VALUES (nextval('organisations.completion_fact_seq'), ?1, ?2, ?3, ?4, ?5, ?6, 80, CAST(?7 AS INTEGER), 'IT')")
                .setParameter(1, organisationId).setParameter(2, completionId).setParameter(3, subject).setParameter(4, courseId)
                .setParameter(5, version).setParameter(6, at).setParameter(7, validityMonths).executeUpdate();
    }

    public void removeFact(long completionId) {
        em.createNativeQuery("DELETE FROM organisations.completion_fact WHERE completion_id = ?1").setParameter(1, completionId)
                .executeUpdate();
    }

    public void policy(long organisationId, long courseId, Integer minimum) {
        em.createNativeQuery("DELETE FROM organisations.course_version_policy WHERE organisation_id = ?1 AND course_id = ?2")
                .setParameter(1, organisationId).setParameter(2, courseId).executeUpdate();
        if (minimum != null) {
            em.createNativeQuery("INSERT INTO organisations.course_version_policy (organisation_id, course_id, minimum_version,"
                            + " known_version) VALUES (?1, ?2, ?3, ?3)")
                    .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, minimum).executeUpdate();
        }
    }

    /**
     * What the dashboard's summary holds for one person and course (latest fact's completion id, last
     * day of validity, latest counting completion), or null: no row.
     */
    public java.util.List<Object> summary(long organisationId, String subject, long courseId) {
        java.util.List<?> rows = em.createNativeQuery("SELECT f.completion_id, CAST(l.valid_until AS TEXT), CAST(l.counting_at AS TEXT)"
                        + " FROM organisations.completion_latest l JOIN organisations.completion_fact f ON f.id = l.latest_fact_id"
                        + " WHERE l.organisation_id = ?1 AND l.learner_subject = ?2 AND l.course_id = ?3")
                .setParameter(1, organisationId).setParameter(2, subject).setParameter(3, courseId).getResultList();
        return rows.isEmpty() ? null : java.util.Arrays.asList((Object[]) rows.get(0));
    }

    /** The same, worked out from the facts, the organisation's default validity and its version policy. */
    public java.util.List<Object> truth(long organisationId, String subject, long courseId) {
        java.util.List<?> rows = em.createNativeQuery("SELECT f.completion_id,"
                        + " CAST(CAST((f.completed_at AT TIME ZONE 'Europe/Amsterdam')::date"
                        + "   + make_interval(months => COALESCE(f.validity_months, o.certificate_validity_months)) AS DATE) AS TEXT),"
                        + " CAST((SELECT max(g.completed_at) FROM organisations.completion_fact g WHERE g.organisation_id = f.organisation_id"
                        + "   AND g.learner_subject = f.learner_subject AND g.course_id = f.course_id AND g.course_version >= COALESCE("
                        + "   (SELECT p.minimum_version FROM organisations.course_version_policy p WHERE p.organisation_id = g.organisation_id"
                        + "    AND p.course_id = g.course_id), 1)) AS TEXT)"
                        + " FROM organisations.completion_fact f JOIN organisations.organisation o ON o.id = f.organisation_id"
                        + " WHERE f.organisation_id = ?1 AND f.learner_subject = ?2 AND f.course_id = ?3"
                        + " ORDER BY f.completed_at DESC LIMIT 1")
                .setParameter(1, organisationId).setParameter(2, subject).setParameter(3, courseId).getResultList();
        return rows.isEmpty() ? null : java.util.Arrays.asList((Object[]) rows.get(0));
    }

    public void removeOrganisation(long organisationId) {
        em.createNativeQuery("DELETE FROM organisations.completion_fact WHERE organisation_id = ?1").setParameter(1, organisationId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.course_version_policy WHERE organisation_id = ?1").setParameter(1, organisationId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.organisation WHERE id = ?1").setParameter(1, organisationId).executeUpdate();
    }

    /** Removes a person's facts and member row (people made by {@link #enrol} or outside a department). */
    public void removePerson(String subject) {
        em.createNativeQuery("DELETE FROM organisations.signal_judgement WHERE learner_subject = ?1").setParameter(1, subject)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.completion_fact WHERE learner_subject = ?1").setParameter(1, subject)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.member WHERE keycloak_user_id = ?1").setParameter(1, subject).executeUpdate();
    }
}
