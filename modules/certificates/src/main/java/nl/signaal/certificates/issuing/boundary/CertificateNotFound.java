package nl.signaal.certificates.issuing.boundary;

import jakarta.ejb.ApplicationException;

/** No certificate with this id; the web answers 404. */
@ApplicationException(rollback = true)
public class CertificateNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateNotFound(long id) {
        super("No certificate " + id);
    }
}
