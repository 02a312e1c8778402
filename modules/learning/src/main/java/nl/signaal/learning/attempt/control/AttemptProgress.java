package nl.signaal.learning.attempt.control;

import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.ALREADY_ANSWERED;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.LESSONS_NOT_SEEN;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.NOT_AT_NODE;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.NOT_IN_PROGRESS;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.QUIZ_NOT_DONE;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.UNKNOWN_CHOICE;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.UNKNOWN_ITEM;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.UNKNOWN_LESSON;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.UNKNOWN_OPTION;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.WRONG_ANSWER_KIND;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.learning.attempt.boundary.AnswerOutcome;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptResult;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.Position;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.quiz.control.Scoring;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.LocalizedText;

/**
 * The state machine of one attempt on one (pinned, published) course version.
 *
 * <pre>
 *   start ──► IN_PROGRESS ──answer / seeLesson (any number)──► IN_PROGRESS ──finish──► PASSED | FAILED
 * </pre>
 *
 * <ul>
 * <li><b>answer</b> is idempotent by the client-supplied answer id: a second call with an id
 *     already recorded changes nothing and returns the first outcome (marked not recorded now),
 *     whatever it carries — a double click or a retry after a network error records once.</li>
 * <li>A scenario is answered node by node and must be answered at its current node (a stale
 *     page is refused with {@code NOT_AT_NODE}); other items take one answer each.</li>
 * <li><b>position</b> is where to resume: the first incomplete item and, for a scenario, its
 *     current node.</li>
 * <li><b>finish</b> needs every lesson seen and every item complete; it scores the quiz
 *     ({@link Scoring}) and is idempotent too.</li>
 * </ul>
 *
 * The persistence layer stores the inputs (lessons seen, answers with their ids) and
 * rebuilds this object by replaying them in order, so the rules live only here.
 */
public final class AttemptProgress {

    private final CourseContent course;
    private final Set<String> lessonsSeen = new LinkedHashSet<>();
    private final Map<String, AnswerOutcome> outcomes = new LinkedHashMap<>();
    private final Map<String, Double> itemScores = new LinkedHashMap<>();
    private final Map<String, String> currentNode = new LinkedHashMap<>();
    private final Map<String, List<ScenarioChoice>> paths = new LinkedHashMap<>();
    private final Map<String, String> endings = new LinkedHashMap<>();
    private final Set<String> recognised = new LinkedHashSet<>();
    private final Set<String> missed = new LinkedHashSet<>();
    private AttemptResult result;

    private AttemptProgress(CourseContent course) {
        this.course = course;
        for (QuizItem item : course.quiz()) {
            if (item instanceof Scenario scenario) {
                currentNode.put(scenario.id(), scenario.startNodeId());
                paths.put(scenario.id(), new ArrayList<>());
            }
        }
    }

    /** A new attempt at the first lesson, every scenario at its start node. */
    public static AttemptProgress start(CourseContent course) {
        return new AttemptProgress(course);
    }

    public AttemptStatus status() {
        if (result == null) {
            return AttemptStatus.IN_PROGRESS;
        }
        return result.passed() ? AttemptStatus.PASSED : AttemptStatus.FAILED;
    }

    public Optional<AttemptResult> result() {
        return Optional.ofNullable(result);
    }

    /** Records that a lesson was seen; true the first time. Seeing a lesson after finishing is harmless and not recorded. */
    public boolean seeLesson(String lessonId) {
        if (course.lesson(lessonId).isEmpty()) {
            throw new AttemptRefusedException(UNKNOWN_LESSON, lessonId);
        }
        if (result != null) {
            return false;
        }
        return lessonsSeen.add(lessonId);
    }

    /** Whether this answer id has been recorded: the persistence layer's first idempotency check. */
    public Optional<AnswerOutcome> recorded(String answerId) {
        return Optional.ofNullable(outcomes.get(answerId)).map(AnswerOutcome::repeated);
    }

    /**
     * Records an answer.
     *
     * @throws AttemptRefusedException when the answer cannot be taken; nothing changes then
     */
    public AnswerOutcome answer(String answerId, String itemId, Answer answer) {
        if (answerId == null || answerId.isBlank()) {
            throw new IllegalArgumentException("An answer needs the client's answer id");
        }
        AnswerOutcome earlier = outcomes.get(answerId);
        if (earlier != null) {
            return earlier.repeated();
        }
        if (result != null) {
            throw new AttemptRefusedException(NOT_IN_PROGRESS, itemId);
        }
        QuizItem item = course.item(itemId).orElseThrow(() -> new AttemptRefusedException(UNKNOWN_ITEM, itemId));
        if (itemScores.containsKey(itemId)) {
            throw new AttemptRefusedException(ALREADY_ANSWERED, itemId);
        }
        AnswerOutcome outcome = item instanceof Scenario scenario
                ? scenarioStep(answerId, scenario, as(Answer.ScenarioStep.class, answer, itemId))
                : single(answerId, item, answer);
        outcomes.put(answerId, outcome);
        return outcome;
    }

    private AnswerOutcome scenarioStep(String answerId, Scenario scenario, Answer.ScenarioStep step) {
        String at = currentNode.get(scenario.id());
        if (!step.nodeId().equals(at)) {
            throw new AttemptRefusedException(NOT_AT_NODE, scenario.id() + "/" + step.nodeId());
        }
        ScenarioNode node = scenario.node(at).orElseThrow(() -> new AttemptRefusedException(NOT_AT_NODE, at));
        ScenarioChoice choice = node.choice(step.choiceId())
                .orElseThrow(() -> new AttemptRefusedException(UNKNOWN_CHOICE, at + "/" + step.choiceId()));
        paths.get(scenario.id()).add(choice);
        recognised.addAll(choice.signalsRecognised());
        missed.addAll(choice.signalsMissed());
        Double itemScore = null;
        if (choice.endsScenario()) {
            currentNode.put(scenario.id(), null);
            endings.put(scenario.id(), choice.endingId());
            itemScore = Scoring.scenario(scenario, paths.get(scenario.id()));
            itemScores.put(scenario.id(), itemScore);
        } else {
            currentNode.put(scenario.id(), choice.nextNodeId());
        }
        return new AnswerOutcome(answerId, scenario.id(), true, at, choice.id(), choice.feedback(), choice.nextNodeId(),
                choice.endingId(), choice.score(), choice.signalsRecognised(), choice.signalsMissed(),
                choice.correctReportingStep(), itemScore);
    }

    private AnswerOutcome single(String answerId, QuizItem item, Answer answer) {
        double score;
        LocalizedText explanation;
        if (item instanceof QuizItem.SingleChoice single) {
            Answer.Choice choice = as(Answer.Choice.class, answer, item.id());
            known(item.id(), single.options(), Set.of(choice.optionId()));
            score = Scoring.singleChoice(single, choice);
            explanation = single.explanation();
        } else if (item instanceof QuizItem.MultipleChoice multiple) {
            Answer.Selection selection = as(Answer.Selection.class, answer, item.id());
            known(item.id(), multiple.options(), selection.selectedIds());
            score = Scoring.multipleChoice(multiple, selection);
            explanation = multiple.explanation();
        } else if (item instanceof QuizItem.SpotTheSignals spot) {
            Answer.Selection selection = as(Answer.Selection.class, answer, item.id());
            known(item.id(), spot.sentences(), selection.selectedIds());
            score = Scoring.spotTheSignals(spot, selection);
            explanation = spot.explanation();
        } else if (item instanceof QuizItem.OrderTheRoute order) {
            Answer.Ordering ordering = as(Answer.Ordering.class, answer, item.id());
            Set<String> given = new HashSet<>(ordering.stepIds());
            if (given.size() != ordering.stepIds().size() || given.size() != order.stepsInOrder().size()) {
                throw new AttemptRefusedException(UNKNOWN_OPTION, item.id());
            }
            known(item.id(), order.stepsInOrder(), given);
            score = Scoring.orderTheRoute(order, ordering);
            explanation = order.explanation();
        } else if (item instanceof QuizItem.MatchSignalToForm match) {
            Answer.Matching matching = as(Answer.Matching.class, answer, item.id());
            known(item.id(), match.signals(), matching.formBySignal().keySet());
            score = Scoring.matchSignalToForm(match, matching);
            explanation = match.explanation();
        } else {
            throw new AttemptRefusedException(WRONG_ANSWER_KIND, item.id());
        }
        itemScores.put(item.id(), score);
        return new AnswerOutcome(answerId, item.id(), true, null, null, explanation, null, null, 0,
                Set.of(), Set.of(), false, score);
    }

    private static <A extends Answer> A as(Class<A> kind, Answer answer, String itemId) {
        if (!kind.isInstance(answer)) {
            throw new AttemptRefusedException(WRONG_ANSWER_KIND, itemId);
        }
        return kind.cast(answer);
    }

    private static void known(String itemId, List<Option> options, Set<String> ids) {
        Set<String> all = new HashSet<>();
        options.forEach(o -> all.add(o.id()));
        if (!all.containsAll(ids)) {
            throw new AttemptRefusedException(UNKNOWN_OPTION, itemId);
        }
    }

    /** Where to resume. */
    public Position position() {
        String currentItem = course.quiz().stream().map(QuizItem::id)
                .filter(id -> !itemScores.containsKey(id)).findFirst().orElse(null);
        String node = currentItem == null ? null : currentNode.get(currentItem);
        return new Position(currentItem, node, lessonsSeen, itemScores.keySet(), readyToFinish());
    }

    /** The scenario's current node id; empty once it reached an ending. */
    public Optional<String> currentNode(String scenarioId) {
        return Optional.ofNullable(currentNode.get(scenarioId));
    }

    private boolean readyToFinish() {
        return lessonsSeen.size() == course.lessons().size() && itemScores.size() == course.quiz().size();
    }

    /**
     * Scores the attempt. Idempotent: a finished attempt returns its result again.
     *
     * @throws AttemptRefusedException {@code LESSONS_NOT_SEEN} or {@code QUIZ_NOT_DONE}
     */
    public AttemptResult finish() {
        if (result != null) {
            return result;
        }
        if (lessonsSeen.size() < course.lessons().size()) {
            throw new AttemptRefusedException(LESSONS_NOT_SEEN, String.valueOf(course.lessons().size() - lessonsSeen.size()));
        }
        if (itemScores.size() < course.quiz().size()) {
            throw new AttemptRefusedException(QUIZ_NOT_DONE, String.valueOf(course.quiz().size() - itemScores.size()));
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        course.quiz().forEach(i -> ordered.put(i.id(), itemScores.get(i.id())));
        int percent = Scoring.percent(List.copyOf(ordered.values()));
        Set<String> stillMissed = new LinkedHashSet<>(missed);
        stillMissed.removeAll(recognised);
        result = new AttemptResult(percent, course.passMark(), Scoring.passed(percent, course.passMark()), ordered,
                recognised, stillMissed, endings);
        return result;
    }
}
