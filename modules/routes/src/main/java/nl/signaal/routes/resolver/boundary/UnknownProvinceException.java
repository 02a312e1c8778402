package nl.signaal.routes.resolver.boundary;

import jakarta.ejb.ApplicationException;

/** The query names only a province, and that province code does not exist. */
@ApplicationException
public class UnknownProvinceException extends RuntimeException {

    private final String code;

    public UnknownProvinceException(String code) {
        super("Unknown province: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
