package nl.signaal.organisations.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the organisation admin can fix: a duplicate name, an invalid e-mail address, an
 * unknown municipality. Carries a key of the web's {@code organisations} bundle and its
 * arguments, never a sentence, so the admin reads it in their language.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    public Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    /** Bundle key, e.g. {@code org.department.error.duplicate}. */
    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
