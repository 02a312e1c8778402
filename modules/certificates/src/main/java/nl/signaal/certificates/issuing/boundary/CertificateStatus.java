package nl.signaal.certificates.issuing.boundary;

/** What verification says of a code. NOT_FOUND covers unknown and malformed codes alike. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED, NOT_FOUND
}
