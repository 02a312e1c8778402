package nl.signaal.platform.caller;

/** A signed-in user whose token carries no organisation: refused, never given a default one. */
public class MissingOrganisationException extends RuntimeException {
    public MissingOrganisationException(String username) {
        super("User " + username + " belongs to no organisation");
    }
}
