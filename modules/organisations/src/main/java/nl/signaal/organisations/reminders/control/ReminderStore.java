package nl.signaal.organisations.reminders.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.organisations.completions.entity.CourseVersionPolicy;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.reminders.boundary.RunSummary;
import nl.signaal.platform.time.Clocks;

/**
 * All reads and writes of the reminder run. The scheduled run has no caller, so it reads each
 * organisation by the id it is given — which is why this file may query across organisations
 * (see {@code TenantScopingTest}); org admins only reach it through {@code Reminders}, which
 * passes the tenant scope's id.
 */
@Stateless
public class ReminderStore {

    /** The advisory lock key of the scheduled run ("SIGNAAL" "REM"): one application server sweeps at a time. */
    static final long SWEEP_LOCK = 0x5349474E_52454DL;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    /** Everything the planner needs of one organisation. */
    public record OrganisationData(ReminderPlanner.Settings settings, Audience audience, List<Audience.Rule> assignments,
                                   List<ReminderPlanner.Recipient> recipients,
                                   Map<String, Map<Long, ReminderPlanner.Completion>> completionsBySubject) {
    }

    /**
     * Tries PostgreSQL's transaction-scoped advisory lock of the sweep. It is released when the
     * calling transaction ends — also when the server dies, since its connection dies with it.
     */
    public boolean tryLock() {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, SWEEP_LOCK).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** When the latest scheduled sweep (of any server) started. */
    public Optional<OffsetDateTime> lastSweep() {
        Object at = em.createNativeQuery("SELECT MAX(started_at) FROM organisations.reminder_run WHERE organisation_id IS NULL")
                .getSingleResult();
        return Optional.ofNullable(at).map(ReminderStore::instant).map(i -> i.atOffset(ZoneOffset.UTC));
    }

    /** Ids of the organisations whose policy sends anything. */
    public List<Long> organisationsWithReminders() {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.reminderPolicy <> :none ORDER BY o.id", Long.class)
                .setParameter("none", nl.signaal.organisations.settings.boundary.ReminderPolicy.NONE).getResultList();
    }

    public OrganisationData load(long organisationId) {
        Organisation o = em.find(Organisation.class, organisationId);
        if (o == null) {
            throw new IllegalArgumentException("No organisation " + organisationId);
        }
        ReminderPlanner.Settings settings = new ReminderPlanner.Settings(o.getReminderPolicy(), o.getReminderDaysBeforeDue(),
                o.getCertificateValidityMonths());
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT d.id, d.parentId FROM Department d WHERE d.organisationId = :organisation",
                Object[].class).setParameter("organisation", organisationId).getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        List<Audience.Rule> rules = em.createQuery("SELECT a FROM Assignment a WHERE a.organisationId = :organisation ORDER BY a.id",
                        Assignment.class).setParameter("organisation", organisationId).getResultStream()
                .map(a -> new Audience.Rule(a.getId(), a.getCourseId(), a.getCourseTitle(), a.getTarget(), a.getDepartmentId(),
                        a.getSector(), a.getJob(), a.getDueDate(), a.getRecurrenceMonths())).toList();
        List<ReminderPlanner.Recipient> recipients = em.createQuery(
                        "SELECT m FROM Member m WHERE m.organisationId = :organisation AND m.active = TRUE ORDER BY m.id", Member.class)
                .setParameter("organisation", organisationId).getResultStream()
                .map(m -> new ReminderPlanner.Recipient(m.getId(), m.getKeycloakUserId(), m.getEmail(), m.getFirstName(),
                        m.getLastName(), m.isActive(), m.getDepartmentId(), m.getSector(), m.getJob())).toList();
        Map<String, Map<Long, ReminderPlanner.Completion>> completions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("SELECT DISTINCT ON (f.learner_subject, f.course_id)"
                        + " f.learner_subject, f.course_id, f.completed_at, f.validity_months, f.course_title"
                        + " FROM organisations.completion_fact f WHERE f.organisation_id = ?1"
                        + " AND " + CourseVersionPolicy.COUNTS_SQL
                        + " ORDER BY f.learner_subject, f.course_id, f.completed_at DESC")
                .setParameter(1, organisationId).getResultList();
        for (Object[] row : latest) {
            long course = ((Number) row[1]).longValue();
            LocalDate day = LocalDate.ofInstant(instant(row[2]), Clocks.AMSTERDAM);
            Integer validity = row[3] == null ? null : ((Number) row[3]).intValue();
            completions.computeIfAbsent((String) row[0], s -> new HashMap<>())
                    .put(course, new ReminderPlanner.Completion(course, day, validity, (String) row[4]));
        }
        return new OrganisationData(settings, new Audience(parents), rules, recipients, completions);
    }

    /**
     * Claims a reminder by inserting its record, or by taking over a FAILED record with attempts
     * left. Returns the record's id when this transaction may send it; empty when it was sent
     * before — or is being sent right now by another transaction, which holds the key's row lock
     * until it commits (this insert waits for it and then finds the conflict).
     */
    public Optional<Long> claim(long organisationId, ReminderPlanner.Planned reminder, Instant now, String server) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("INSERT INTO organisations.reminder AS r"
                        + " (id, organisation_id, member_id, course_id, kind, about_date, course_title, recipient, outcome, attempts,"
                        + " attempted_at, server)"
                        + " VALUES (nextval('organisations.reminder_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'SENT', 1, ?8, ?9)"
                        + " ON CONFLICT ON CONSTRAINT reminder_once DO UPDATE SET attempts = r.attempts + 1,"
                        + " attempted_at = EXCLUDED.attempted_at, recipient = EXCLUDED.recipient, outcome = 'SENT', detail = NULL,"
                        + " server = EXCLUDED.server"
                        + " WHERE r.outcome = 'FAILED' AND r.attempts < 3"
                        + " RETURNING r.id")
                .setParameter(1, organisationId)
                .setParameter(2, reminder.memberId())
                .setParameter(3, reminder.courseId())
                .setParameter(4, reminder.kind().name())
                .setParameter(5, java.sql.Date.valueOf(reminder.aboutDate()))
                .setParameter(6, truncate(reminder.courseTitle(), 300))
                .setParameter(7, truncate(reminder.email(), 255))
                .setParameter(8, Timestamp.from(now))
                .setParameter(9, truncate(server, 100))
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Records that the SMTP server did not take the reminder (in the claiming transaction). */
    public void failed(long reminderId, String detail) {
        em.createNativeQuery("UPDATE organisations.reminder SET outcome = 'FAILED', detail = ?2 WHERE id = ?1")
                .setParameter(1, reminderId).setParameter(2, truncate(detail, 500)).executeUpdate();
    }

    /** Starts the record of a run; {@code organisationId} null for the scheduled sweep over all organisations. */
    public long startRun(Long organisationId, Instant now, String server) {
        Number id = (Number) em.createNativeQuery("INSERT INTO organisations.reminder_run (id, organisation_id, started_at, server)"
                        + " VALUES (nextval('organisations.reminder_run_seq'), CAST(?1 AS BIGINT), ?2, ?3) RETURNING id")
                .setParameter(1, organisationId).setParameter(2, Timestamp.from(now)).setParameter(3, truncate(server, 100))
                .getSingleResult();
        return id.longValue();
    }

    public void finishRun(long runId, RunSummary summary, Instant now) {
        em.createNativeQuery("UPDATE organisations.reminder_run SET finished_at = ?2, planned = ?3, sent = ?4, failed = ?5 WHERE id = ?1")
                .setParameter(1, runId).setParameter(2, Timestamp.from(now)).setParameter(3, summary.planned())
                .setParameter(4, summary.sent()).setParameter(5, summary.failed()).executeUpdate();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(Clocks.AMSTERDAM).toInstant();
        }
        throw new IllegalArgumentException("Not a moment: " + value);
    }
}
