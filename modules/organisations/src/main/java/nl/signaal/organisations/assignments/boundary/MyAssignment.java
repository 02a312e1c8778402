package nl.signaal.organisations.assignments.boundary;

import java.time.LocalDate;

/**
 * An assignment that applies to the calling learner: when it is due ({@code dueDate} null once
 * nothing is due any more) and where they stand. Several assignments of one course are shown
 * as one, by the earliest due date.
 */
public record MyAssignment(long courseId, String courseTitle, LocalDate dueDate, Integer recurrenceMonths, boolean done,
                           boolean overdue, boolean dueSoon, LocalDate lastCompleted) {
}
