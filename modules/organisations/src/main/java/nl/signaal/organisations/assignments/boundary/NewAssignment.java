package nl.signaal.organisations.assignments.boundary;

import java.time.LocalDate;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.platform.shared.Sector;

/**
 * What an org admin asks for. {@code courseTitle} is the published course's title as the web
 * layer read it from learning (cached here for lists); {@code departmentId}, {@code sector} or
 * {@code job} only as the target needs; {@code recurrenceMonths} null for once.
 */
public record NewAssignment(long courseId, String courseTitle, Target target, Long departmentId, Sector sector, String job,
                            LocalDate dueDate, Integer recurrenceMonths) {
}
