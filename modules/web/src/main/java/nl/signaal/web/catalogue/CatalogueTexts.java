package nl.signaal.web.catalogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.web.routes.RouteTexts;

/**
 * The catalogue's texts ({@code nl/signaal/web/i18n/catalogue_nl.properties} / {@code _en}) for
 * code outside a page's EL: messages from the catalogue module, API errors, CSV headers. Dutch
 * unless English was asked for, never the server's default locale.
 */
public final class CatalogueTexts {

    public static final String BUNDLE = "nl.signaal.web.i18n.catalogue";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private CatalogueTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, RouteTexts.supported(locale),
                CatalogueTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String format(Locale locale, Message message) {
        return text(locale, message.key(), message.args().toArray());
    }
}
