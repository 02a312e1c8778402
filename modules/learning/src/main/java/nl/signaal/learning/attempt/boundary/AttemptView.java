package nl.signaal.learning.attempt.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import nl.signaal.learning.course.boundary.CourseContent;

/**
 * An attempt as its learner sees it: the pinned version's content, where to resume, the
 * answers so far (so a reloaded page shows the same feedback) and, once finished, the result.
 *
 * @param result null while in progress
 */
public record AttemptView(long attemptId, long courseId, long courseVersionId, int versionNumber, AttemptStatus status,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, Position position,
                          List<AnswerOutcome> answers, AttemptResult result, CourseContent content) {

    public AttemptView {
        answers = List.copyOf(answers);
    }
}
