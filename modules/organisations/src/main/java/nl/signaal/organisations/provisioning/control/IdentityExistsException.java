package nl.signaal.organisations.provisioning.control;

/** Keycloak already has a user with this e-mail address or username (HTTP 409). */
public class IdentityExistsException extends ProvisioningException {

    private static final long serialVersionUID = 1L;

    public IdentityExistsException(String email) {
        super("Keycloak already has a user " + email);
    }
}
