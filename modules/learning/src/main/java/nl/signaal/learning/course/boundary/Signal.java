package nl.signaal.learning.course.boundary;

import java.util.Objects;
import nl.signaal.learning.shared.LocalizedText;

/**
 * A signal of trafficking as a lesson teaches it, with the public source it comes from.
 *
 * @param id     unique within the course, e.g. {@code zorg-niet-alleen}; scenario choices name it
 * @param text   the signal in Dutch and English
 * @param source where it comes from
 */
public record Signal(String id, LocalizedText text, Source source) {

    public Signal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
