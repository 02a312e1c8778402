package nl.signaal.learning.scenario.boundary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.shared.LocalizedText;

/**
 * A branching scenario: a directed acyclic graph from {@code startNodeId} through nodes to
 * endings. Built freely (a trainer's draft may be half-finished); only
 * {@link nl.signaal.learning.scenario.control.ScenarioValidator} decides whether it can be
 * published.
 *
 * @param id          the quiz item id
 * @param title       shown above the story
 * @param introduction the setting, shown before the first node
 * @param startNodeId where the story starts
 * @param nodes       the situations
 * @param endings     the endings
 */
public record Scenario(String id, LocalizedText title, LocalizedText introduction, String startNodeId,
                       List<ScenarioNode> nodes, List<Ending> endings) implements QuizItem {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        endings = endings == null ? List.of() : List.copyOf(endings);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SCENARIO;
    }

    public Optional<ScenarioNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<Ending> ending(String endingId) {
        return endings.stream().filter(e -> e.id().equals(endingId)).findFirst();
    }
}
