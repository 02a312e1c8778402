package nl.signaal.routes.resolver.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The query names a municipality code that does not exist (anymore): the API answers 404
 * and the page asks to pick the municipality again. Not a system error, so it reaches the
 * caller as itself instead of wrapped in an {@code EJBException}.
 */
@ApplicationException
public class UnknownMunicipalityException extends RuntimeException {

    private final String code;

    public UnknownMunicipalityException(String code) {
        super("Unknown municipality: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
