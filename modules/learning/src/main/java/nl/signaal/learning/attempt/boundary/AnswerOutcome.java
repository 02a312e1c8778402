package nl.signaal.learning.attempt.boundary;

import java.util.Set;
import nl.signaal.learning.shared.LocalizedText;

/**
 * What the learner sees right after answering. A repeated submission (same answer id)
 * returns the outcome of the first one with {@code recordedNow} false, so the page can
 * show the same feedback without anything being recorded twice.
 *
 * @param answerId             the client's answer id
 * @param itemId               the quiz item
 * @param recordedNow          false when this answer id had been recorded before
 * @param nodeId               scenario node answered at; null for other items
 * @param choiceId             scenario choice taken; null for other items
 * @param feedback             the choice's feedback or the item's explanation; null when none
 * @param nextNodeId           where the scenario continues; null otherwise
 * @param endingId             the ending reached; null otherwise
 * @param points               the scenario choice's points (0 for other items)
 * @param signalsRecognised    signals this choice recognised
 * @param signalsMissed        signals this choice missed
 * @param correctReportingStep whether the choice was a right reporting step
 * @param itemScore            the item's score (0–1) once the item is complete; null while a scenario goes on
 */
public record AnswerOutcome(String answerId, String itemId, boolean recordedNow, String nodeId, String choiceId,
                            LocalizedText feedback, String nextNodeId, String endingId, int points,
                            Set<String> signalsRecognised, Set<String> signalsMissed, boolean correctReportingStep,
                            Double itemScore) {

    public AnswerOutcome {
        signalsRecognised = Set.copyOf(signalsRecognised);
        signalsMissed = Set.copyOf(signalsMissed);
    }

    public AnswerOutcome repeated() {
        return new AnswerOutcome(answerId, itemId, false, nodeId, choiceId, feedback, nextNodeId, endingId, points,
                signalsRecognised, signalsMissed, correctReportingStep, itemScore);
    }

    public boolean itemComplete() {
        return itemScore != null;
    }
}
