package nl.signaal.organisations.assignments.control;

import java.time.LocalDate;

/**
 * The due-date rules of an assignment for one person, given the date of their latest
 * completion of the course (any version):
 * <ul>
 * <li>Not completed: due on the assignment's due date.</li>
 * <li>No recurrence: any completion settles it for good — also one from before the
 * assignment, since it proves the same knowledge.</li>
 * <li>Recurrence of N months: a completion holds for N months. The next due date is the later
 * of the assignment's due date and the completion + N months; the person is done while their
 * completion lies in the current period (from next due − N months up to the next due date).
 * Once the next due date has passed without a new completion, they are overdue.</li>
 * </ul>
 * Due soon: the next due date is today or within {@value #DUE_SOON_DAYS} days and not past — also
 * for someone done whose completion is about to lapse, since they must retake it soon.
 */
public final class DueDates {

    /** How many days ahead counts as "due soon". */
    public static final int DUE_SOON_DAYS = 30;

    private DueDates() {
    }

    /** Where one person stands on one assignment. {@code dueDate} is null once nothing is due any more. */
    public record Status(LocalDate dueDate, boolean done, boolean overdue, boolean dueSoon) {
    }

    public static Status status(LocalDate firstDue, Integer recurrenceMonths, LocalDate lastCompleted, LocalDate today) {
        if (lastCompleted == null) {
            return open(firstDue, today);
        }
        if (recurrenceMonths == null) {
            return new Status(null, true, false, false);
        }
        LocalDate next = nextDue(firstDue, recurrenceMonths, lastCompleted);
        boolean inPeriod = !lastCompleted.isBefore(next.minusMonths(recurrenceMonths)) && !today.isAfter(next);
        if (!inPeriod) {
            return open(next, today);
        }
        return new Status(next, true, false, dueSoon(next, today));
    }

    /** The next due date after a completion on {@code completed} of a course recurring every {@code months}. */
    public static LocalDate nextDue(LocalDate firstDue, int months, LocalDate completed) {
        LocalDate expires = completed.plusMonths(months);
        return expires.isAfter(firstDue) ? expires : firstDue;
    }

    private static Status open(LocalDate due, LocalDate today) {
        boolean overdue = today.isAfter(due);
        return new Status(due, false, overdue, !overdue && dueSoon(due, today));
    }

    private static boolean dueSoon(LocalDate due, LocalDate today) {
        return !today.isAfter(due) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }
}
