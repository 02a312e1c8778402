package nl.signaal.organisations.reminders.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.signaal.organisations.reminders.control.ReminderRun;
import nl.signaal.organisations.reminders.entity.Reminder;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Reminders of the caller's own organisation: send what is due now (the scheduled run does the
 * same for every organisation; see {@code ReminderSchedule}) and list what was sent. Like the
 * settings there is no organisation parameter: an org admin can only ever reach their own.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class Reminders {

    /** The most records {@link #recent} returns. */
    public static final int MAX_RECENT = 200;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @EJB
    ReminderRun run;

    /**
     * Sends the reminders that are due today to the caller's organisation's members, each at most
     * once ever; {@link Refusal} when no mail server is configured.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary sendDueNow() {
        long organisation = tenant.organisationId();
        if (!run.mailConfigured()) {
            throw new Refusal("org.reminders.error.nomail");
        }
        RunSummary summary = run.forOrganisation(organisation);
        audit.record(currentCaller.require(), "organisations", "Organisation", organisation, "reminders",
                "sent " + summary.sent() + ", failed " + summary.failed() + ", already sent " + summary.alreadySent());
        return summary;
    }

    /** The latest reminders sent or tried, newest first. */
    public List<SentReminder> recent(int max) {
        return tenant.query(em, Reminder.FIND_RECENT, Reminder.class).setMaxResults(Math.max(1, Math.min(max, MAX_RECENT)))
                .getResultStream()
                .map(r -> new SentReminder(r.getId(), r.getRecipient(), r.getCourseTitle(), r.getKind(), r.getAboutDate(),
                        r.getAttemptedAt(), r.getOutcome() == Reminder.Outcome.SENT, r.getAttempts()))
                .toList();
    }
}
