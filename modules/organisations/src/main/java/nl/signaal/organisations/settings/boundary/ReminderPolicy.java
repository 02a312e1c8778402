package nl.signaal.organisations.settings.boundary;

import nl.signaal.organisations.reminders.boundary.ReminderKind;

/**
 * Which reminders an organisation's staff receive by e-mail. Bundle keys
 * {@code org.settings.reminder.<NAME>}. The values only ever grow (stored by name; V2.7 checks them).
 */
public enum ReminderPolicy {
    /** No reminders at all; the organisation reminds its people itself. */
    NONE,
    /** Only before a due date. */
    DUE_SOON,
    /** Before a due date and once it has passed. */
    DUE_SOON_AND_OVERDUE,
    /** Before a due date, once it has passed, and before a certificate expires. */
    DUE_SOON_OVERDUE_AND_EXPIRING;

    /** Whether staff of an organisation with this policy get reminders of this kind. */
    public boolean covers(ReminderKind kind) {
        return switch (kind) {
            case DUE_SOON -> this != NONE;
            case OVERDUE -> this == DUE_SOON_AND_OVERDUE || this == DUE_SOON_OVERDUE_AND_EXPIRING;
            case CERTIFICATE_EXPIRING -> this == DUE_SOON_OVERDUE_AND_EXPIRING;
        };
    }
}
