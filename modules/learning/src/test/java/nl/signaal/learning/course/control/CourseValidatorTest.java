package nl.signaal.learning.course.control;

import static nl.signaal.learning.tools.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.shared.Problem;
import nl.signaal.learning.tools.Fixtures;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class CourseValidatorTest {

    private final CourseValidator validator = new CourseValidator();

    private List<String> problems(CourseContent c) {
        return validator.validate(c).stream().map(Problem::toString).toList();
    }

    private static CourseContent with(CourseContent c, List<Lesson> lessons, List<QuizItem> quiz, int passMark) {
        return new CourseContent(c.title(), c.summary(), c.sector(), c.forms(), c.languages(), c.estimatedMinutes(),
                c.learningGoals(), passMark, c.retakePolicy(), lessons, quiz);
    }

    @Test
    void theFixtureCourseIsPublishable() {
        assertThat(validator.validate(Fixtures.course())).isEmpty();
    }

    @Test
    void everyLessonNeedsAReportingRoute() {
        CourseContent c = Fixtures.course();
        Lesson noRoute = new Lesson("l3", t("l3"), List.of(new ContentBlock.RichText(t("<p>x</p>"))));

        assertThat(problems(with(c, List.of(c.lessons().get(0), c.lessons().get(1), noRoute), c.quiz(), 60)))
                .containsExactly("LESSON_WITHOUT_ROUTE(l3)");
    }

    @Test
    void aCourseNeedsLessonsAQuizAndASensiblePassMark() {
        CourseContent c = Fixtures.course();

        assertThat(problems(with(c, List.of(), List.of(), 101)))
                .containsExactly("PASS_MARK_RANGE(, 101)", "NO_LESSONS()", "NO_QUIZ()");
    }

    @Test
    void scenarioChoicesMayOnlyNameSignalsTheLessonsTeach() {
        ScenarioChoice namesUnknown = new ScenarioChoice("a", t("a"), t("f"), null, "e", 1,
                Set.of("s1", "made-up"), Set.of(), true);
        Scenario s = Fixtures.scenario("n1", List.of(Fixtures.node("n1", namesUnknown)), Fixtures.ending("e"));

        assertThat(problems(Fixtures.course(s))).containsExactly("UNKNOWN_SIGNAL(n1, a, made-up)");
    }

    @Test
    void scenarioGraphProblemsArePartOfTheCourseProblems() {
        Scenario broken = Fixtures.scenario("n1", List.of(Fixtures.node("n1")), Fixtures.ending("e"));

        assertThat(problems(Fixtures.course(broken))).containsExactly("DEAD_END(n1)", "UNREACHABLE_ENDING(e)");
    }

    @Test
    void itemsMustBeAnswerable() {
        CourseContent c = Fixtures.course();
        List<QuizItem> items = List.of(c.quiz().get(0),
                new QuizItem.SingleChoice("single", t("?"), Fixtures.options("a"), "z", null),
                new QuizItem.MultipleChoice("multi", t("?"), Fixtures.options("a", "a"), Set.of(), null),
                new QuizItem.SpotTheSignals("spot", t("?"), Fixtures.options("s"), Set.of(), null),
                new QuizItem.OrderTheRoute("order", t("?"), Fixtures.options("one"), null),
                new QuizItem.MatchSignalToForm("match", t("?"), Fixtures.options("a", "b"),
                        Map.of("a", FormOfExploitation.LABOUR), null),
                new QuizItem.SingleChoice("single", t("?"), Fixtures.options("a"), "a", null));

        assertThat(problems(with(c, c.lessons(), items, 60))).containsExactly(
                "CORRECT_OPTION_UNKNOWN(single, z)",
                "DUPLICATE_OPTION(multi, a)",
                "NO_CORRECT_OPTION(multi)",
                "NO_SIGNAL_SENTENCE(spot)",
                "ROUTE_TOO_SHORT(order)",
                "MATCH_INCOMPLETE(match, b)",
                "DUPLICATE_ITEM(single)");
    }
}
