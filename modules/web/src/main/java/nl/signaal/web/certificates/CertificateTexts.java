package nl.signaal.web.certificates;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the {@code certificates} bundle ({@code crt} in views) for messages built in Java. */
public final class CertificateTexts {

    public static final String BUNDLE = "nl.signaal.web.i18n.certificates";

    private CertificateTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A global message in the current view's language. */
    public static void message(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text(faces.getViewRoot().getLocale(), key, args), null));
    }
}
