package nl.signaal.certificates.document.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.shared.Sector;

/**
 * Everything a certificate says, as stored when it was issued. The document is a pure function
 * of these facts (plus the organisation's current logo), so a certificate downloaded years
 * later reads exactly as the day it was issued.
 *
 * @param code             the public verification code
 * @param learnerName      the learner's full name exactly as in the profile, any Unicode
 * @param courseTitle      the title of the version taken
 * @param courseVersion    that version's number
 * @param sector           the course's sector; null when the course has none
 * @param organisationName the organisation's display name at the time of issue
 * @param completedOn      the day the course was completed (Dutch time)
 * @param validUntil       last day of validity; null when the certificate does not expire
 * @param issuedAt         the moment of issue; also the PDF's creation date, for determinism
 * @param locale           the language of the certificate's fixed texts
 */
public record CertificateFacts(VerificationCode code, String learnerName, String courseTitle, int courseVersion,
                               Sector sector, String organisationName, LocalDate completedOn, LocalDate validUntil,
                               Instant issuedAt, Locale locale) {

    public CertificateFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(issuedAt, "issuedAt");
        locale = locale == null ? Locale.forLanguageTag("nl") : locale;
    }
}
