package nl.signaal.web.org;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the {@code organisations} bundle with their arguments, for messages built in Java. */
public final class OrgTexts {

    public static final String BUNDLE = "nl.signaal.web.i18n.organisations";

    private OrgTexts() {
    }

    public static String text(Locale locale, String key, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** Adds a global message in the current view's language. */
    public static void message(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces.getViewRoot().getLocale(), key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Ends the request with 404, as for an id that is not in the caller's organisation. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
