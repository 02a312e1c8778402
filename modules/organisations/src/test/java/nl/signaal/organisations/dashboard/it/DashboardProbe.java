package nl.signaal.organisations.dashboard.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;

/**
 * Test data straight in the database (no Keycloak): a department of demo-zorg with members and
 * an assignment, and its removal afterwards — the run stack's database is shared.
 */
@Stateless
public class DashboardProbe {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    public record Setup(long organisationId, long departmentId, List<String> subjects, long assignmentId) {
    }

    public Setup department(long organisationId, String name, int members, long courseId, String courseTitle) {
        Department department = new Department(organisationId, null, name);
        em.persist(department);
        em.flush();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String subject = "it-" + java.util.UUID.randomUUID();
            em.persist(new Member(organisationId, subject, subject, subject + "@zorg.signaal.invalid", "Test", "Persoon " + i,
                    department.getId(), null, null, OffsetDateTime.now(), "it"));
            subjects.add(subject);
        }
        Assignment assignment = new Assignment(organisationId, courseId, courseTitle, Target.DEPARTMENT, department.getId(), null,
                null, LocalDate.now().plusDays(20), 24, OffsetDateTime.now(), "it");
        em.persist(assignment);
        em.flush();
        return new Setup(organisationId, department.getId(), subjects, assignment.getId());
    }

    /** As an org admin's "must be retaken from version {@code minimum} on" decision leaves it. */
    public void requireVersion(long organisationId, long courseId, int minimum) {
        em.createNativeQuery("INSERT INTO organisations.course_version_policy (organisation_id, course_id, minimum_version,"
                        + " known_version) VALUES (?1, ?2, ?3, ?3) ON CONFLICT (organisation_id, course_id)"
                        + " DO UPDATE SET minimum_version = EXCLUDED.minimum_version, known_version = EXCLUDED.known_version")
                .setParameter(1, organisationId).setParameter(2, courseId).setParameter(3, minimum).executeUpdate();
    }

    public int factsOf(long completionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisations.completion_fact WHERE completion_id = ?1")
                .setParameter(1, completionId).getSingleResult()).intValue();
    }

    public void remove(Setup setup) {
        em.createNativeQuery("DELETE FROM organisations.completion_fact WHERE learner_subject LIKE 'it-%' AND course_id IN"
                + " (SELECT course_id FROM organisations.assignment WHERE id = ?1)").setParameter(1, setup.assignmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.course_version_policy WHERE course_id IN"
                + " (SELECT course_id FROM organisations.assignment WHERE id = ?1)").setParameter(1, setup.assignmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.assignment WHERE id = ?1").setParameter(1, setup.assignmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.member WHERE department_id = ?1").setParameter(1, setup.departmentId()).executeUpdate();
        em.createNativeQuery("DELETE FROM organisations.department WHERE id = ?1").setParameter(1, setup.departmentId()).executeUpdate();
    }
}
