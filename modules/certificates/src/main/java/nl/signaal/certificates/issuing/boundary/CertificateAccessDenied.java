package nl.signaal.certificates.issuing.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see or change this certificate (not theirs, not an admin of its
 * organisation). An application exception, so the web receives it unwrapped and answers 403.
 */
@ApplicationException(rollback = true)
public class CertificateAccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateAccessDenied(long id) {
        super("Certificate " + id + " is not accessible to the caller");
    }
}
