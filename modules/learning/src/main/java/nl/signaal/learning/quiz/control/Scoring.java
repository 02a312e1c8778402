package nl.signaal.learning.quiz.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;

/**
 * The scoring rules. Every item scores a number between 0 and 1; a learner can never lose
 * more on an item than the item is worth (floor 0), and guessing everything never pays.
 *
 * <table>
 * <caption>Rules per item type</caption>
 * <tr><th scope="col">Item</th><th scope="col">Score</th></tr>
 * <tr><td>single choice</td><td>1 when the chosen option is the correct one, else 0</td></tr>
 * <tr><td>multiple choice</td><td>(+1 per correct option selected, −1 per wrong option selected),
 *     floor 0, divided by the number of correct options</td></tr>
 * <tr><td>spot the signals</td><td>the multiple-choice rule over sentences: +1 per signal sentence
 *     selected, −1 per other sentence selected, floor 0, divided by the number of signal sentences</td></tr>
 * <tr><td>order the route</td><td>the share of pairs of steps that are in the right relative order
 *     (Kendall): all right 1, fully reversed 0, one neighbouring swap among n steps 1 − 1/(n(n−1)/2);
 *     a single step scores 1</td></tr>
 * <tr><td>match signal to form</td><td>the share of signals matched to their form; unmatched counts as wrong</td></tr>
 * <tr><td>scenario</td><td>the sum of the scores of the choices taken, floor 0, divided by the best
 *     sum any path from the start to an ending can reach, capped at 1; a scenario whose best sum is
 *     0 or less scores 1 for reaching an ending</td></tr>
 * </table>
 *
 * The quiz score is the mean of the item scores as a percentage, <em>rounded down</em>, so
 * a learner never passes on a rounding; the quiz is passed when that percentage is at least
 * the course's pass mark.
 */
public final class Scoring {

    private static final double EPSILON = 1e-9;

    private Scoring() {
    }

    public static double singleChoice(QuizItem.SingleChoice item, Answer.Choice answer) {
        return item.correctOptionId().equals(answer.optionId()) ? 1.0 : 0.0;
    }

    public static double multipleChoice(QuizItem.MultipleChoice item, Answer.Selection answer) {
        return plusMinus(item.correctOptionIds(), answer);
    }

    public static double spotTheSignals(QuizItem.SpotTheSignals item, Answer.Selection answer) {
        return plusMinus(item.signalSentences(), answer);
    }

    private static double plusMinus(java.util.Set<String> correct, Answer.Selection answer) {
        if (correct.isEmpty()) {
            return answer.selectedIds().isEmpty() ? 1.0 : 0.0;
        }
        int points = 0;
        for (String selected : answer.selectedIds()) {
            points += correct.contains(selected) ? 1 : -1;
        }
        return Math.max(0, points) / (double) correct.size();
    }

    public static double orderTheRoute(QuizItem.OrderTheRoute item, Answer.Ordering answer) {
        List<String> given = answer.stepIds();
        int n = item.stepsInOrder().size();
        if (n <= 1) {
            return given.size() == n ? 1.0 : 0.0;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            position.putIfAbsent(given.get(i), i);
        }
        int right = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Integer a = position.get(item.stepsInOrder().get(i).id());
                Integer b = position.get(item.stepsInOrder().get(j).id());
                if (a != null && b != null && a < b) {
                    right++;
                }
            }
        }
        return right / (n * (n - 1) / 2.0);
    }

    public static double matchSignalToForm(QuizItem.MatchSignalToForm item, Answer.Matching answer) {
        if (item.expected().isEmpty()) {
            return 1.0;
        }
        long right = item.expected().entrySet().stream()
                .filter(e -> e.getValue() == answer.formBySignal().get(e.getKey()))
                .count();
        return right / (double) item.expected().size();
    }

    /** The scenario rule for the choices taken from the start to an ending. */
    public static double scenario(Scenario scenario, List<ScenarioChoice> path) {
        int best = bestPathScore(scenario);
        if (best <= 0) {
            return 1.0;
        }
        int sum = path.stream().mapToInt(ScenarioChoice::score).sum();
        return Math.min(1.0, Math.max(0, sum) / (double) best);
    }

    /** The highest sum of choice scores on any path from the start to an ending (the scenario must be valid). */
    public static int bestPathScore(Scenario scenario) {
        return best(scenario, scenario.startNodeId(), new HashMap<>());
    }

    private static int best(Scenario scenario, String nodeId, Map<String, Integer> memo) {
        Integer known = memo.get(nodeId);
        if (known != null) {
            return known;
        }
        ScenarioNode node = scenario.node(nodeId).orElseThrow(() -> new IllegalArgumentException("No node " + nodeId));
        int best = Integer.MIN_VALUE;
        for (ScenarioChoice choice : node.choices()) {
            int value = choice.score() + (choice.endsScenario() ? 0 : best(scenario, choice.nextNodeId(), memo));
            best = Math.max(best, value);
        }
        best = best == Integer.MIN_VALUE ? 0 : best;
        memo.put(nodeId, best);
        return best;
    }

    /** The quiz percentage: the mean item score × 100, rounded down. An empty quiz scores 100. */
    public static int percent(List<Double> itemScores) {
        if (itemScores.isEmpty()) {
            return 100;
        }
        double mean = itemScores.stream().mapToDouble(Double::doubleValue).sum() / itemScores.size();
        return (int) Math.floor(mean * 100 + EPSILON);
    }

    public static boolean passed(int percent, int passMark) {
        return percent >= passMark;
    }
}
