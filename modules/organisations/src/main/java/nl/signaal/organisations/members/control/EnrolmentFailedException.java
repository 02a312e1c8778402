package nl.signaal.organisations.members.control;

/**
 * Enrolment stopped and undid itself. {@code index} is the position of the person Keycloak
 * refused, or -1 when storing the members failed; {@code key} a bundle key for the admin.
 */
public class EnrolmentFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String key;

    public EnrolmentFailedException(int index, String key, Throwable cause) {
        super(key + " at " + index, cause);
        this.index = index;
        this.key = key;
    }

    public int index() {
        return index;
    }

    public String key() {
        return key;
    }
}
