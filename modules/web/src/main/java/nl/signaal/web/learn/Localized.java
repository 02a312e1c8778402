package nl.signaal.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.web.i18n.LanguagePreference;

/**
 * Course content in the reader's language on a page: {@code #{localized.text(lesson.title())}}.
 * Course texts are authored Dutch-first with an English translation ({@link LocalizedText});
 * interface texts stay in the {@code lrn} bundle.
 */
@Named
@RequestScoped
public class Localized {

    @Inject
    LanguagePreference language;

    /** The text in the reader's language; empty for no text. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.in(language.getLocale());
    }

    /** Every form of exploitation, for a matching item's choices. */
    public List<FormOfExploitation> getForms() {
        return List.of(FormOfExploitation.values());
    }

    /** Forms of exploitation in a stable order, so lists and badges do not jump between requests. */
    public List<FormOfExploitation> sorted(Collection<FormOfExploitation> forms) {
        return forms.stream().sorted().toList();
    }
}
