package nl.signaal.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.signaal.platform.shared.Sector;

/**
 * A learner completed one exact version of a course: all lessons seen and the quiz passed.
 * Fired by the learning context after its transaction commits; the certificates context
 * issues a certificate from it, the organisations context counts it. Immutable, and complete
 * enough that listeners never need to ask learning for more.
 *
 * @param completionId     learning's id of the completion (idempotency key for listeners)
 * @param learnerSubject   the identity provider's stable user id
 * @param learnerName      full name exactly as in the learner's profile, any Unicode
 * @param organisationCode the learner's organisation
 * @param courseId         the course
 * @param courseVersion    the version number that was taken (1, 2, ...)
 * @param courseTitle      the title of that version, in the language it was taken in
 * @param sector           the course's (first) sector
 * @param completedAt      when the last requirement was met
 * @param scorePercent     the quiz score, 0–100
 * @param validityMonths   how long a certificate of this course stays valid; empty = no expiry
 */
public record CourseCompleted(long completionId, String learnerSubject, String learnerName, String organisationCode,
                              long courseId, int courseVersion, String courseTitle, Sector sector,
                              Instant completedAt, int scorePercent, Optional<Integer> validityMonths) {

    public CourseCompleted {
        Objects.requireNonNull(learnerSubject, "learnerSubject");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedAt, "completedAt");
        validityMonths = validityMonths == null ? Optional.empty() : validityMonths;
    }
}
