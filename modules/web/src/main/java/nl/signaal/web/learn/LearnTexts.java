package nl.signaal.web.learn;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The learning texts ({@code nl/signaal/web/i18n/learning_nl.properties} and {@code _en}) for
 * Java code: messages put on the page and the API. Dutch unless English was asked for; never
 * the server's default locale.
 */
public final class LearnTexts {

    public static final String BUNDLE = "nl.signaal.web.i18n.learning";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final ResourceBundle.Control DUTCH_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return DUTCH.getLanguage().equals(locale.getLanguage()) ? null : DUTCH;
        }
    };

    private LearnTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale supported = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
        String pattern = ResourceBundle.getBundle(BUNDLE, supported, LearnTexts.class.getClassLoader(), DUTCH_FALLBACK)
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, supported).format(args);
    }
}
