package nl.signaal.learning.completion.boundary;

import java.time.OffsetDateTime;
import nl.signaal.platform.shared.Sector;

/** One of the caller's completions, pointing at the exact version taken. */
public record CompletionSummary(long completionId, long attemptId, long courseId, long courseVersionId, int versionNumber,
                                String courseTitle, Sector sector, int score, OffsetDateTime completedAt) {
}
