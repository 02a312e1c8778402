package nl.signaal.organisations.reminders.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;

/**
 * Test data straight in the database (no Keycloak): an organisation of its own with an active
 * and a deactivated member and a course due in five days, and its removal afterwards — the run
 * stack's database is shared, and a fresh organisation keeps the demo data's reminders out.
 */
@Stateless
public class ReminderProbe {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    public record Setup(long organisationId, String code, String activeEmail, String deactivatedEmail, String courseTitle,
                        LocalDate dueDate) {
    }

    public Setup organisation(String label, boolean withStaff) {
        String code = "it-rem-" + UUID.randomUUID().toString().substring(0, 8);
        Organisation o = new Organisation(code, "IT herinneringen " + label, null, Set.of());
        o.setReminderPolicy(ReminderPolicy.DUE_SOON_AND_OVERDUE);
        o.setReminderDaysBeforeDue(14);
        em.persist(o);
        em.flush();
        String active = code + "-actief@signaal.test";
        String deactivated = code + "-weg@signaal.test";
        String title = "Signalen <herkennen> & melden (" + code + ")";
        LocalDate due = LocalDate.now(nl.signaal.platform.time.Clocks.AMSTERDAM).plusDays(5);
        if (withStaff) {
            em.persist(new Member(o.getId(), code + "-a", code + "-a", active, "Ilse", "Actief", null, null, null,
                    OffsetDateTime.now(), "it"));
            Member gone = new Member(o.getId(), code + "-d", code + "-d", deactivated, "Daan", "Weg", null, null, null,
                    OffsetDateTime.now(), "it");
            gone.deactivate(OffsetDateTime.now(), "it");
            em.persist(gone);
            em.persist(new Assignment(o.getId(), 900_000_000L + (long) (Math.random() * 1_000_000), title, Target.ORGANISATION,
                    null, null, null, due, null, OffsetDateTime.now(), "it"));
        }
        em.flush();
        return new Setup(o.getId(), code, active, deactivated, title, due);
    }

    public ReminderPolicy policyOf(long organisationId) {
        return em.find(Organisation.class, organisationId).getReminderPolicy();
    }

    public int recordedReminders(long organisationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisations.reminder WHERE organisation_id = ?1 AND outcome = 'SENT'")
                .setParameter(1, organisationId).getSingleResult()).intValue();
    }

    public void remove(long organisationId) {
        for (String table : new String[]{"reminder", "reminder_run", "assignment", "member"}) {
            em.createNativeQuery("DELETE FROM organisations." + table + " WHERE organisation_id = ?1")
                    .setParameter(1, organisationId).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM organisations.organisation WHERE id = ?1").setParameter(1, organisationId).executeUpdate();
    }
}
