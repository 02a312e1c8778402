package nl.signaal.platform.tenant;

/**
 * The caller has no organisation (no claim, or a code no organisation carries): org-scoped
 * work is forbidden to them (HTTP 403), never run against a default organisation.
 */
public class NoOrganisationException extends TenantException {

    private static final long serialVersionUID = 1L;

    public NoOrganisationException(String username) {
        super("User " + username + " belongs to no known organisation");
    }
}
