package nl.signaal.organisations.reminders.boundary;

/** What a reminder is about. Stored by name; bundle keys {@code reminder.<name>.*} (mail) and {@code org.reminders.kind.<NAME>} (web). */
public enum ReminderKind {
    /** An assigned course is due within the organisation's number of days. */
    DUE_SOON,
    /** An assigned course's due date has passed without a completion. */
    OVERDUE,
    /** A certificate's last day of validity lies within {@link #EXPIRY_DAYS} days. */
    CERTIFICATE_EXPIRING;

    /** How many days before its last day of validity a certificate counts as expiring. */
    public static final int EXPIRY_DAYS = 30;
}
