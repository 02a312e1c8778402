package nl.signaal.organisations.reminders.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one reminder in a transaction of its own: claim the once-only key, hand the mail to the
 * SMTP server, record the outcome — all or nothing. A reminder already claimed (sent, or being
 * sent by another server) is not sent; a send the server refuses is recorded as FAILED and may
 * be tried again by a later run. The one duplicate left is a commit that fails after the SMTP
 * server accepted the mail (docs/adr/0007).
 */
@Stateless
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class.getName());

    /** What became of one reminder. */
    public enum Outcome { SENT, FAILED, ALREADY_SENT }

    @EJB
    ReminderStore store;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome send(long organisationId, ReminderPlanner.Planned reminder, Session session, String from, ReminderMail mail,
                        Instant now, String server) {
        Optional<Long> claimed = store.claim(organisationId, reminder, now, server);
        if (claimed.isEmpty()) {
            return Outcome.ALREADY_SENT;
        }
        try {
            Transport.send(mail.message(session, from, reminder, now));
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder " + reminder.key() + " not sent", e);
            store.failed(claimed.get(), e.getClass().getSimpleName() + ": " + e.getMessage());
            return Outcome.FAILED;
        }
    }
}
