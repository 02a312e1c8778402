package nl.signaal.learning.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A text authored in Dutch with an English translation. Dutch is required because every
 * course is written for Dutch professionals first; English may be missing in a draft and
 * then falls back to Dutch, visibly the original rather than nothing.
 *
 * <pre>{@code
 * LocalizedText t = LocalizedText.of("Signalen", "Signals");
 * t.in(Locale.ENGLISH); // "Signals"
 * }</pre>
 *
 * @param nl the Dutch text, never blank
 * @param en the English text; empty when not translated yet
 */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        if (nl.isBlank()) {
            throw new IllegalArgumentException("A text needs its Dutch version");
        }
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** The text for the locale: English for an English locale when translated, Dutch otherwise. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && !en.isBlank() ? en : nl;
    }

    public boolean translated() {
        return !en.isBlank();
    }

    /** Applies {@code f} to both languages, e.g. to sanitise HTML. */
    public LocalizedText map(java.util.function.UnaryOperator<String> f) {
        String dutch = f.apply(nl);
        return new LocalizedText(dutch.isBlank() ? nl : dutch, f.apply(en));
    }
}
