package nl.signaal.learning.course.boundary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.signaal.learning.shared.LocalizedText;

/**
 * One lesson: content blocks in the order shown. Every published lesson ends with a
 * reporting-route block (checked by {@code CourseValidator}).
 *
 * @param id     unique within the course, stable across versions (attempts record it)
 * @param title  the heading
 * @param blocks in order
 */
public record Lesson(String id, LocalizedText title, List<ContentBlock> blocks) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public Stream<Signal> signals() {
        return blocks.stream()
                .filter(ContentBlock.Signals.class::isInstance)
                .flatMap(b -> ((ContentBlock.Signals) b).signals().stream());
    }
}
