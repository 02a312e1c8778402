package nl.signaal.organisations.completions.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One completion of an organisation as its HR system receives it: who (the member as the
 * organisation knows them, or only the identity provider's id when the person has no member row,
 * e.g. an account made by hand in Keycloak), where they work, which version of which course, when,
 * with which score, and until when the certificate holds.
 *
 * @param memberId      the member's id; null when the person has no member row
 * @param learner       the identity provider's stable user id ({@code sub}), always present
 * @param firstName     empty without member row
 * @param lastName      empty without member row
 * @param email         empty without member row
 * @param department    the department's path ("Zorg / Verpleging"), empty when none
 * @param job           the job as imported, empty when none
 * @param active        false for a deactivated member (their history stays)
 * @param courseId      the course
 * @param courseTitle   the title of the version taken
 * @param courseVersion the version taken (1, 2, ...)
 * @param completedAt   when it was completed
 * @param scorePercent  the quiz score, 0–100
 * @param validUntil    the last day the certificate is valid; null: it does not expire
 */
public record CompletionRecord(Long memberId, String learner, String firstName, String lastName, String email,
                               String department, String job, boolean active, long courseId, String courseTitle,
                               int courseVersion, OffsetDateTime completedAt, int scorePercent, LocalDate validUntil) {
}
