package nl.signaal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The interface language: Dutch unless the person chose English (or their browser prefers it
 * on the first page). A person's choice, so it lives as long as their session.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String accept = faces == null ? null : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
            locale = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : DUTCH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches to the given language ({@code nl} or {@code en}); anything else means Dutch. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : DUTCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
