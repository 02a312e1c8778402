package nl.signaal.web.api;

import java.util.List;

/**
 * A query parameter with a value the API cannot use: answered with 400 naming the parameter
 * and, where the values are a fixed list, the allowed ones.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final transient List<String> allowed;
    private final String messageKey;

    /**
     * @param parameter the query parameter, e.g. {@code form}
     * @param value     what was sent; null when it was missing but required
     * @param allowed   the accepted values, or an empty list when they are not a fixed list
     */
    public InvalidParameterException(String parameter, String value, List<String> allowed) {
        this(parameter, value, allowed, null);
    }

    /** @param messageKey a key of the routes web bundle for a more specific explanation; null for the standard one */
    public InvalidParameterException(String parameter, String value, List<String> allowed, String messageKey) {
        super("Invalid value for " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
        this.allowed = List.copyOf(allowed);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }
}
