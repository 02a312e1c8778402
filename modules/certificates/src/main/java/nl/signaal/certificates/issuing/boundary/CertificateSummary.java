package nl.signaal.certificates.issuing.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate in a list (the learner's own, an organisation's), with its state on the day
 * asked: {@code daysLeft} is null without expiry, 0 on the last valid day, negative once expired.
 */
public record CertificateSummary(long id, String code, String learnerName, String courseTitle, int courseVersion,
                                 String organisationName, LocalDate completedOn, LocalDate validUntil,
                                 CertificateStatus status, Long daysLeft, Instant revokedAt, String revocationReason) {
}
