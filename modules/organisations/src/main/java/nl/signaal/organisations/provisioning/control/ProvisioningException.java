package nl.signaal.organisations.provisioning.control;

/** Keycloak could not be reached or refused a provisioning request. */
public class ProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
