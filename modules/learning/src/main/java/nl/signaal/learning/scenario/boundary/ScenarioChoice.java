package nl.signaal.learning.scenario.boundary;

import java.util.Objects;
import java.util.Set;
import nl.signaal.learning.shared.LocalizedText;

/**
 * What the learner can do at a node. Leads to exactly one of {@code nextNodeId} or
 * {@code endingId} (validation names the node when it does not).
 *
 * @param id                   unique within the node
 * @param label                the choice as shown
 * @param feedback             shown right after choosing
 * @param nextNodeId           the node it leads to; null when it ends the scenario
 * @param endingId             the ending it leads to; null when it leads to a node
 * @param score                points for this choice (may be negative for a harmful step)
 * @param signalsRecognised    ids of the course's signals this choice shows the learner noticed
 * @param signalsMissed        ids of the course's signals this choice overlooks
 * @param correctReportingStep whether this is a right step on the reporting route
 */
public record ScenarioChoice(String id, LocalizedText label, LocalizedText feedback, String nextNodeId, String endingId,
                             int score, Set<String> signalsRecognised, Set<String> signalsMissed,
                             boolean correctReportingStep) {

    public ScenarioChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        signalsRecognised = signalsRecognised == null ? Set.of() : Set.copyOf(signalsRecognised);
        signalsMissed = signalsMissed == null ? Set.of() : Set.copyOf(signalsMissed);
    }

    public boolean endsScenario() {
        return endingId != null;
    }
}
