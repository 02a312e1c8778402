package nl.signaal.organisations.reminders.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded reminder as org admins see it: to whom, about what, when, and whether it went out. */
public record SentReminder(long id, String recipient, String courseTitle, ReminderKind kind, LocalDate aboutDate,
                           OffsetDateTime attemptedAt, boolean sent, int attempts) {
}
