package nl.signaal.organisations.dashboard.boundary;

import java.time.LocalDate;

/**
 * One course in a member's status. {@code assigned} false: completed without being assigned to
 * them (now). {@code dueDate} is null when nothing is due; {@code lastCompleted} and
 * {@code validUntil} are null when never completed.
 */
public record CourseStatus(long courseId, String courseTitle, boolean assigned, LocalDate dueDate, boolean done,
                           boolean overdue, boolean dueSoon, LocalDate lastCompleted, LocalDate validUntil,
                           boolean expiringSoon) {
}
