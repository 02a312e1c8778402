package nl.signaal.web.routes;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The web module's routes texts ({@code nl/signaal/web/i18n/routes_nl.properties} and
 * {@code _en}) for code that runs outside a JSF page (the REST API, the admin's messages).
 * Dutch unless the reader asked for English; never the server's default locale.
 */
public final class RouteTexts {

    public static final String BUNDLE = "nl.signaal.web.i18n.routes";
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

    private RouteTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), RouteTexts.class.getClassLoader(), DUTCH_FALLBACK);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** English or Dutch: the languages Signaal has texts for. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    /**
     * The reader's language: an explicit {@code lang} ({@code nl} or {@code en}) wins, then the
     * first of the browser's languages we have, then Dutch.
     */
    public static Locale choose(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return supported(Locale.forLanguageTag(lang.strip()));
        }
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("en".equals(locale.getLanguage()) || "nl".equals(locale.getLanguage())) {
                    return supported(locale);
                }
            }
        }
        return DUTCH;
    }
}
