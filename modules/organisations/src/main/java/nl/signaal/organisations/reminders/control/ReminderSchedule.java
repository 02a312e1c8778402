package nl.signaal.organisations.reminders.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks for a reminder sweep every minute on every server. The sweep itself decides whether it
 * is time (the configured interval, {@code SIGNAAL_REMINDERS_INTERVAL_MINUTES}, counted from the
 * latest sweep in the database) and whether this server may do it (advisory lock), so the
 * interval is configurable without redeploying and a second server never sends twice. Not
 * persistent: a missed tick is simply the next one (docs/adr/0007).
 */
@Stateless
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @EJB
    ReminderRun run;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "signaal reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            run.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder sweep failed; the next tick tries again", e);
        }
    }
}
