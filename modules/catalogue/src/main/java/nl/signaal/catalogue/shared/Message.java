package nl.signaal.catalogue.shared;

import java.util.List;
import java.util.Objects;

/**
 * A user-facing text as a bundle key plus {@link java.text.MessageFormat} arguments. The
 * catalogue has no texts of its own: the keys live in the web module's
 * {@code nl/signaal/web/i18n/catalogue_nl.properties} / {@code _en}, which formats them in the
 * visitor's language. Keeping the key (not a formatted string) lets the API return it too.
 *
 * @param key  the bundle key, e.g. {@code error.year}
 * @param args the arguments, plain strings or numbers
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
