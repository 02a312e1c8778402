package nl.signaal.learning.course.boundary;

import java.util.List;
import nl.signaal.learning.shared.Problem;

/**
 * A course's draft as a trainer edits it, with what would stop it from being published.
 *
 * @param problems empty when the draft can be published
 */
public record DraftVersion(long courseId, String code, long versionId, int versionNumber, CourseContent content,
                           List<Problem> problems) {

    public DraftVersion {
        problems = List.copyOf(problems);
    }
}
