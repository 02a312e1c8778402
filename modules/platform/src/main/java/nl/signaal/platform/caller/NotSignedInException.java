package nl.signaal.platform.caller;

/** A service that needs a caller was called anonymously. */
public class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
        super("Sign in first");
    }
}
