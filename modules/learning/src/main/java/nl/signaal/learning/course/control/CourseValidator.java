package nl.signaal.learning.course.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.scenario.control.ScenarioValidator;
import nl.signaal.learning.shared.Problem;

/**
 * Decides whether a draft can be published. Drafts may be incomplete while a trainer works
 * on them; a published version is what learners take, so it must be whole:
 * <ul>
 * <li>{@code PASS_MARK_RANGE} (0–100), {@code DURATION} (> 0 minutes);</li>
 * <li>{@code NO_LESSONS}; {@code DUPLICATE_LESSON}; {@code LESSON_WITHOUT_ROUTE} — every lesson has a
 *     reporting-route block, because every lesson ends with where to report;</li>
 * <li>{@code DUPLICATE_SIGNAL} — signal ids are unique in the course;</li>
 * <li>{@code NO_QUIZ}; {@code DUPLICATE_ITEM}; {@code DUPLICATE_OPTION};</li>
 * <li>per item: {@code CORRECT_OPTION_UNKNOWN}, {@code NO_CORRECT_OPTION}, {@code NO_SIGNAL_SENTENCE},
 *     {@code ROUTE_TOO_SHORT} (fewer than 2 steps), {@code MATCH_INCOMPLETE} (a signal without its form);</li>
 * <li>scenarios: everything {@link ScenarioValidator} checks, plus {@code UNKNOWN_SIGNAL} when a
 *     choice names a signal no lesson teaches.</li>
 * </ul>
 */
public final class CourseValidator {

    private final ScenarioValidator scenarios = new ScenarioValidator();

    public List<Problem> validate(CourseContent course) {
        List<Problem> problems = new ArrayList<>();
        if (course.passMark() < 0 || course.passMark() > 100) {
            problems.add(Problem.of("PASS_MARK_RANGE", "", String.valueOf(course.passMark())));
        }
        if (course.estimatedMinutes() <= 0) {
            problems.add(Problem.of("DURATION", "", String.valueOf(course.estimatedMinutes())));
        }
        if (course.lessons().isEmpty()) {
            problems.add(Problem.of("NO_LESSONS", ""));
        }
        Set<String> lessonIds = new HashSet<>();
        Set<String> signalIds = new HashSet<>();
        for (Lesson lesson : course.lessons()) {
            if (!lessonIds.add(lesson.id())) {
                problems.add(Problem.of("DUPLICATE_LESSON", lesson.id()));
            }
            if (lesson.blocks().stream().noneMatch(ContentBlock.ReportingRoute.class::isInstance)) {
                problems.add(Problem.of("LESSON_WITHOUT_ROUTE", lesson.id()));
            }
            lesson.signals().map(Signal::id).filter(id -> !signalIds.add(id))
                    .forEach(id -> problems.add(Problem.of("DUPLICATE_SIGNAL", id, lesson.id())));
        }
        if (course.quiz().isEmpty()) {
            problems.add(Problem.of("NO_QUIZ", ""));
        }
        Set<String> itemIds = new HashSet<>();
        Map<String, Signal> signals = course.signals();
        for (QuizItem item : course.quiz()) {
            if (!itemIds.add(item.id())) {
                problems.add(Problem.of("DUPLICATE_ITEM", item.id()));
            }
            validateItem(item, signals, problems);
        }
        return problems;
    }

    private void validateItem(QuizItem item, Map<String, Signal> signals, List<Problem> problems) {
        if (item instanceof QuizItem.SingleChoice single) {
            uniqueOptions(item.id(), single.options(), problems);
            if (single.options().stream().noneMatch(o -> o.id().equals(single.correctOptionId()))) {
                problems.add(Problem.of("CORRECT_OPTION_UNKNOWN", item.id(), String.valueOf(single.correctOptionId())));
            }
        } else if (item instanceof QuizItem.MultipleChoice multiple) {
            uniqueOptions(item.id(), multiple.options(), problems);
            correctAmong(item.id(), multiple.options(), multiple.correctOptionIds(), "NO_CORRECT_OPTION", problems);
        } else if (item instanceof QuizItem.SpotTheSignals spot) {
            uniqueOptions(item.id(), spot.sentences(), problems);
            correctAmong(item.id(), spot.sentences(), spot.signalSentences(), "NO_SIGNAL_SENTENCE", problems);
        } else if (item instanceof QuizItem.OrderTheRoute order) {
            uniqueOptions(item.id(), order.stepsInOrder(), problems);
            if (order.stepsInOrder().size() < 2) {
                problems.add(Problem.of("ROUTE_TOO_SHORT", item.id()));
            }
        } else if (item instanceof QuizItem.MatchSignalToForm match) {
            uniqueOptions(item.id(), match.signals(), problems);
            for (Option signal : match.signals()) {
                if (!match.expected().containsKey(signal.id())) {
                    problems.add(Problem.of("MATCH_INCOMPLETE", item.id(), signal.id()));
                }
            }
        } else if (item instanceof Scenario scenario) {
            problems.addAll(scenarios.validate(scenario));
            for (ScenarioNode node : scenario.nodes()) {
                for (ScenarioChoice choice : node.choices()) {
                    Set<String> named = new java.util.LinkedHashSet<>(choice.signalsRecognised());
                    named.addAll(choice.signalsMissed());
                    named.stream().filter(id -> !signals.containsKey(id))
                            .forEach(id -> problems.add(Problem.of("UNKNOWN_SIGNAL", node.id(), choice.id(), id)));
                }
            }
        }
    }

    private static void uniqueOptions(String itemId, List<Option> options, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        options.stream().map(Option::id).filter(id -> !seen.add(id))
                .forEach(id -> problems.add(Problem.of("DUPLICATE_OPTION", itemId, id)));
    }

    private static void correctAmong(String itemId, List<Option> options, Set<String> correct, String noneCode,
                                     List<Problem> problems) {
        if (correct.isEmpty()) {
            problems.add(Problem.of(noneCode, itemId));
        }
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        correct.stream().filter(id -> !ids.contains(id)).sorted()
                .forEach(id -> problems.add(Problem.of("CORRECT_OPTION_UNKNOWN", itemId, id)));
    }
}
