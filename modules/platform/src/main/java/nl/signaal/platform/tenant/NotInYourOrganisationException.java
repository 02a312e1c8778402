package nl.signaal.platform.tenant;

/**
 * The record asked for does not exist <em>in the caller's organisation</em>. The web answers
 * 404 whether it belongs to another organisation or to none, so a foreign id reveals nothing
 * about whether it exists.
 */
public class NotInYourOrganisationException extends TenantException {

    private static final long serialVersionUID = 1L;

    public NotInYourOrganisationException(Class<?> type, Object id) {
        super(type.getSimpleName() + " " + id + " is not in your organisation");
    }
}
