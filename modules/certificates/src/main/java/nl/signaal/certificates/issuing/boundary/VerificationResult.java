package nl.signaal.certificates.issuing.boundary;

import java.time.LocalDate;

/**
 * The public answer for a verification code: only what the certificate itself shows to whoever
 * holds it (name, course, dates, status, and why it was revoked), nothing else about the person.
 * For {@link CertificateStatus#NOT_FOUND} every other component is null, whether the code was
 * unknown or malformed, so the answer reveals nothing about which codes exist.
 */
public record VerificationResult(CertificateStatus status, String learnerName, String courseTitle, Integer courseVersion,
                                 LocalDate issuedOn, LocalDate validUntil, String revocationReason) {

    public static final VerificationResult NOT_FOUND =
            new VerificationResult(CertificateStatus.NOT_FOUND, null, null, null, null, null, null);

    public boolean found() {
        return status != CertificateStatus.NOT_FOUND;
    }
}
