package nl.signaal.learning.attempt.boundary;

import java.time.OffsetDateTime;

/**
 * One of the caller's attempts for "my progress".
 *
 * @param progressPercent share of lessons seen and items completed, 0–100
 * @param scorePercent    null while in progress
 */
public record AttemptSummary(long attemptId, long courseId, int versionNumber, String courseTitle, AttemptStatus status,
                             int progressPercent, Integer scorePercent, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
}
