package nl.signaal.web.authoring;

import java.util.List;

/** The editor's working copy cannot be turned into a course content yet; carries the learning bundle key. */
public class InvalidDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public InvalidDraftException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
