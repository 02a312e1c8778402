package nl.signaal.web.catalogue;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.signaal.catalogue.shared.Message;

/** Formats catalogue texts in the current page's language; unknown stays visibly "unknown". */
final class Labels {

    private Labels() {
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? Locale.forLanguageTag("nl") : context.getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        return CatalogueTexts.text(locale(), key, args);
    }

    static String format(Message message) {
        return CatalogueTexts.format(locale(), message);
    }

    static String years(Integer start, Integer end, boolean noEnd) {
        if (start == null) {
            return text("years.unknown");
        }
        if (noEnd) {
            return text("years.noEnd", String.valueOf(start));
        }
        if (end == null) {
            return text("years.from", String.valueOf(start));
        }
        return start.equals(end) ? String.valueOf(start) : text("years.range", String.valueOf(start), String.valueOf(end));
    }
}
