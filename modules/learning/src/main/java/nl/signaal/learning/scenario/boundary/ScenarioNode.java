package nl.signaal.learning.scenario.boundary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.signaal.learning.shared.LocalizedText;

/**
 * A situation in the story and the question asked about it.
 *
 * @param id         unique within the scenario (endings share the namespace)
 * @param situation  what happens
 * @param question   what the learner must decide
 * @param materialId optional catalogue material (image or video) shown with it; null = none
 * @param choices    at least one (a node without choices is a dead end)
 */
public record ScenarioNode(String id, LocalizedText situation, LocalizedText question, Long materialId,
                           List<ScenarioChoice> choices) {

    public ScenarioNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situation, "situation");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public Optional<ScenarioChoice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
