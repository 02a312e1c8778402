package nl.signaal.certificates.issuing.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A revocation that cannot be done: no reason, a reason over 500 characters, or already
 * revoked. {@link #key()} is the message key of the web's {@code certificates} bundle.
 */
@ApplicationException(rollback = true)
public class InvalidRevocation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final String ALREADY = "crt.revoke.already";
    private final String key;

    public InvalidRevocation(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The certificate was revoked before (the API answers 409 rather than 400). */
    public boolean alreadyRevoked() {
        return ALREADY.equals(key);
    }
}
