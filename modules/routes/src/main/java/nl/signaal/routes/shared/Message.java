package nl.signaal.routes.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A user-facing text as a bundle key plus {@link MessageFormat} arguments, e.g.
 * {@code new Message("route.reason.labour")} or
 * {@code Message.of("points.error.unknownMunicipality", "GM9999")}. The keys and their Dutch and
 * English texts live in {@code nl/signaal/routes/messages_nl.properties} and {@code messages_en.properties}
 * (the base file is empty); the web module may
 * use that bundle directly or copy the keys into its own.
 *
 * @param key  the resource-bundle key
 * @param args the arguments, in {@code {0}}, {@code {1}}, … order; plain strings or numbers
 */
public record Message(String key, List<Object> args) {

    /** The base name of the bundle that holds every key this module uses. */
    public static final String BUNDLE = "nl.signaal.routes.messages";

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** Formats this message with the routes bundle for the given locale (Dutch when unsure). */
    public String format(Locale locale) {
        Locale effective = locale == null ? DUTCH : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, DUTCH_FALLBACK);
        return new MessageFormat(bundle.getString(key), effective).format(args.toArray());
    }

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /**
     * Properties only, and for a language we have no texts for Dutch — never the JVM's default
     * locale: an English server must still serve Dutch. (The base bundle is empty, so without
     * this a German browser would get bare keys.)
     */
    private static final ResourceBundle.Control DUTCH_FALLBACK = new ResourceBundle.Control() {
        @Override
        public java.util.List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return DUTCH.getLanguage().equals(locale.getLanguage()) ? null : DUTCH;
        }
    };

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
