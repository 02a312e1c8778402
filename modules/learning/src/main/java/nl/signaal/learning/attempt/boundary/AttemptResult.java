package nl.signaal.learning.attempt.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary at the end of an attempt.
 *
 * @param scorePercent      the quiz score, 0–100, rounded down (see {@code Scoring})
 * @param passMark          the course version's pass mark
 * @param passed            {@code scorePercent >= passMark}
 * @param itemScores        score (0–1) per item id, in quiz order
 * @param signalsRecognised signals recognised in any scenario choice
 * @param signalsMissed     signals missed and never recognised elsewhere in the attempt
 * @param endingIds         the ending reached per scenario item id
 */
public record AttemptResult(int scorePercent, int passMark, boolean passed, Map<String, Double> itemScores,
                            Set<String> signalsRecognised, Set<String> signalsMissed, Map<String, String> endingIds) {

    public AttemptResult {
        itemScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(itemScores));
        signalsRecognised = Set.copyOf(signalsRecognised);
        signalsMissed = Set.copyOf(signalsMissed);
        endingIds = Map.copyOf(endingIds);
    }

    public List<String> itemIds() {
        return List.copyOf(itemScores.keySet());
    }
}
