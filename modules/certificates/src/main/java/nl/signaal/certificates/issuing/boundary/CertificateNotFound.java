package nl.signaal.certificates.issuing.boundary;

import jakarta.ejb.ApplicationException;

/**
 * No certificate with this id, or (revoking by code) none with this code that the caller
 * administers: the web answers 404 either way, so a code of another organisation looks unknown.
 */
@ApplicationException(rollback = true)
public class CertificateNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateNotFound(long id) {
        super("No certificate " + id);
    }

    /** By code; the code itself stays out of the message (and so out of logs). */
    public CertificateNotFound() {
        super("No certificate with this code for the caller");
    }
}
