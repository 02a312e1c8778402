package nl.signaal.learning.quiz.boundary;

import java.util.Objects;
import nl.signaal.learning.shared.LocalizedText;

/** A choosable option, sentence, route step or signal, identified within its item. */
public record Option(String id, LocalizedText label) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
