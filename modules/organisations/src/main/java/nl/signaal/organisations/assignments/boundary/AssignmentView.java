package nl.signaal.organisations.assignments.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.platform.shared.Sector;

/** An assignment as org admins see it; {@code department} is the department's path for a department target. */
public record AssignmentView(long id, long courseId, String courseTitle, Target target, Long departmentId, String department,
                             Sector sector, String job, LocalDate dueDate, Integer recurrenceMonths, OffsetDateTime createdAt,
                             String createdBy) {
}
