package nl.signaal.platform.tenant;

import jakarta.ejb.ApplicationException;

/**
 * Refusal by the tenant scoping. An application exception, so it reaches the web unwrapped
 * (mapped to 403/404 there) and still rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class TenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected TenantException(String message) {
        super(message);
    }
}
