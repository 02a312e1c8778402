package nl.signaal.learning.scenario.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.scenario.boundary.Ending;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.Problem;

/**
 * Decides whether a scenario can be published. A learner must never get stuck, loop, or
 * miss an ending the author wrote, so the graph must satisfy, each problem naming the node
 * (or ending) it is about:
 * <ul>
 * <li>{@code NO_NODES}, {@code NO_ENDINGS} — there is a story and a way out of it;</li>
 * <li>{@code DUPLICATE_ID} — node and ending ids are unique together; {@code DUPLICATE_CHOICE} within a node;</li>
 * <li>{@code START_UNKNOWN} — the start names a node;</li>
 * <li>{@code DEAD_END} — every node has at least one choice;</li>
 * <li>{@code CHOICE_LEADS_NOWHERE} / {@code CHOICE_LEADS_TWICE} — every choice leads to exactly one
 *     of a node or an ending; {@code UNKNOWN_NODE} / {@code UNKNOWN_ENDING} — and that target exists;</li>
 * <li>{@code UNREACHABLE_NODE}, {@code UNREACHABLE_ENDING} — everything is reachable from the start;</li>
 * <li>{@code CYCLE} — no choice leads back to a node already on the path (the graph is acyclic,
 *     so every walk ends);</li>
 * <li>{@code PATH_TOO_LONG} — no path from the start has more than {@link #MAX_PATH_LENGTH} nodes.</li>
 * </ul>
 * Problems come in a stable order (node list order), so the editor can show them next to
 * the nodes.
 */
public final class ScenarioValidator {

    /** Longest allowed walk through a scenario, in nodes: longer stories lose the learner. */
    public static final int MAX_PATH_LENGTH = 25;

    public List<Problem> validate(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        if (scenario.nodes().isEmpty()) {
            problems.add(Problem.of("NO_NODES", scenario.id()));
        }
        if (scenario.endings().isEmpty()) {
            problems.add(Problem.of("NO_ENDINGS", scenario.id()));
        }
        Map<String, ScenarioNode> nodes = new LinkedHashMap<>();
        Set<String> endings = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (ScenarioNode node : scenario.nodes()) {
            if (!ids.add(node.id())) {
                problems.add(Problem.of("DUPLICATE_ID", node.id()));
            }
            nodes.putIfAbsent(node.id(), node);
        }
        for (Ending ending : scenario.endings()) {
            if (!ids.add(ending.id())) {
                problems.add(Problem.of("DUPLICATE_ID", ending.id()));
            }
            endings.add(ending.id());
        }
        boolean startKnown = scenario.startNodeId() != null && nodes.containsKey(scenario.startNodeId());
        if (!scenario.nodes().isEmpty() && !startKnown) {
            problems.add(Problem.of("START_UNKNOWN", String.valueOf(scenario.startNodeId())));
        }
        for (ScenarioNode node : scenario.nodes()) {
            if (node.choices().isEmpty()) {
                problems.add(Problem.of("DEAD_END", node.id()));
            }
            Set<String> choiceIds = new HashSet<>();
            for (ScenarioChoice choice : node.choices()) {
                if (!choiceIds.add(choice.id())) {
                    problems.add(Problem.of("DUPLICATE_CHOICE", node.id(), choice.id()));
                }
                if (choice.nextNodeId() == null && choice.endingId() == null) {
                    problems.add(Problem.of("CHOICE_LEADS_NOWHERE", node.id(), choice.id()));
                } else if (choice.nextNodeId() != null && choice.endingId() != null) {
                    problems.add(Problem.of("CHOICE_LEADS_TWICE", node.id(), choice.id()));
                } else if (choice.nextNodeId() != null && !nodes.containsKey(choice.nextNodeId())) {
                    problems.add(Problem.of("UNKNOWN_NODE", node.id(), choice.id(), choice.nextNodeId()));
                } else if (choice.endingId() != null && !endings.contains(choice.endingId())) {
                    problems.add(Problem.of("UNKNOWN_ENDING", node.id(), choice.id(), choice.endingId()));
                }
            }
        }
        if (!startKnown) {
            return problems;
        }
        Walk walk = new Walk(nodes);
        walk.visit(scenario.startNodeId());
        for (ScenarioNode node : scenario.nodes()) {
            if (!walk.reachedNodes.contains(node.id())) {
                problems.add(Problem.of("UNREACHABLE_NODE", node.id()));
            }
        }
        for (Ending ending : scenario.endings()) {
            if (!walk.reachedEndings.contains(ending.id())) {
                problems.add(Problem.of("UNREACHABLE_ENDING", ending.id()));
            }
        }
        problems.addAll(walk.cycles);
        if (walk.cycles.isEmpty()) {
            int longest = walk.longestFrom(scenario.startNodeId());
            if (longest > MAX_PATH_LENGTH) {
                problems.add(Problem.of("PATH_TOO_LONG", scenario.startNodeId(),
                        String.valueOf(longest), String.valueOf(MAX_PATH_LENGTH)));
            }
        }
        return problems;
    }

    /** Depth-first walk from the start: reachability, back edges (cycles), longest path. */
    private static final class Walk {
        private final Map<String, ScenarioNode> nodes;
        private final Set<String> reachedNodes = new HashSet<>();
        private final Set<String> reachedEndings = new HashSet<>();
        private final Set<String> onPath = new HashSet<>();
        private final List<Problem> cycles = new ArrayList<>();
        private final Map<String, Integer> longest = new HashMap<>();

        Walk(Map<String, ScenarioNode> nodes) {
            this.nodes = nodes;
        }

        // recursion depth is bounded by the number of nodes, which an editor keeps small
        void visit(String nodeId) {
            reachedNodes.add(nodeId);
            onPath.add(nodeId);
            for (ScenarioChoice choice : nodes.get(nodeId).choices()) {
                if (choice.endingId() != null && choice.nextNodeId() == null) {
                    reachedEndings.add(choice.endingId());
                }
                String next = choice.nextNodeId();
                if (next == null || choice.endingId() != null || !nodes.containsKey(next)) {
                    continue;
                }
                if (onPath.contains(next)) {
                    cycles.add(Problem.of("CYCLE", next, nodeId, choice.id()));
                } else if (!reachedNodes.contains(next)) {
                    visit(next);
                }
            }
            onPath.remove(nodeId);
        }

        int longestFrom(String nodeId) {
            Integer known = longest.get(nodeId);
            if (known != null) {
                return known;
            }
            int best = 1;
            for (ScenarioChoice choice : nodes.get(nodeId).choices()) {
                if (choice.nextNodeId() != null && choice.endingId() == null && nodes.containsKey(choice.nextNodeId())) {
                    best = Math.max(best, 1 + longestFrom(choice.nextNodeId()));
                }
            }
            longest.put(nodeId, best);
            return best;
        }
    }
}
