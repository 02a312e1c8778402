package nl.signaal.organisations.settings.boundary;

/**
 * Which reminders an organisation's staff receive by e-mail. Bundle keys
 * {@code org.settings.reminder.<NAME>}.
 */
public enum ReminderPolicy {
    /** No reminders at all; the organisation reminds its people itself. */
    NONE,
    /** Only before a due date. */
    DUE_SOON,
    /** Before a due date and once it has passed. */
    DUE_SOON_AND_OVERDUE
}
