package nl.signaal.learning.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.RetakePolicy;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.course.boundary.Source;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Ending;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/** Small courses and scenarios for unit tests, written so a test reads like the graph it draws. */
public final class Fixtures {

    private Fixtures() {
    }

    public static LocalizedText t(String text) {
        return LocalizedText.of(text, "EN " + text);
    }

    public static Option option(String id) {
        return new Option(id, t("option " + id));
    }

    public static List<Option> options(String... ids) {
        List<Option> list = new ArrayList<>();
        for (String id : ids) {
            list.add(option(id));
        }
        return list;
    }

    /** A choice to a node. */
    public static ScenarioChoice toNode(String id, String next, int score) {
        return new ScenarioChoice(id, t(id), t("feedback " + id), next, null, score, Set.of(), Set.of(), false);
    }

    /** A choice to an ending. */
    public static ScenarioChoice toEnding(String id, String ending, int score) {
        return new ScenarioChoice(id, t(id), t("feedback " + id), null, ending, score, Set.of(), Set.of(), true);
    }

    public static ScenarioNode node(String id, ScenarioChoice... choices) {
        return new ScenarioNode(id, t("situation " + id), t("question " + id), null, List.of(choices));
    }

    public static Ending ending(String id) {
        return new Ending(id, t("outcome " + id), t("happened " + id), t("route " + id),
                new ContentBlock.ReportingRoute(FormOfExploitation.LABOUR, RouteAudience.ADULT), true);
    }

    public static Scenario scenario(String start, List<ScenarioNode> nodes, Ending... endings) {
        return new Scenario("sc", t("scenario"), t("intro"), start, nodes, List.of(endings));
    }

    /**
     * n1 ─a→ n2 ─a→ e-good (+2 +3)
     *  │      └─b→ e-bad   (+2 −1)
     *  └─b→ n3 ─a→ e-good  (0 +1)
     *          └─b→ e-late (0 0)
     * Best path: n1-a, n2-a = 5.
     */
    public static Scenario diamond() {
        return scenario("n1", List.of(
                        node("n1", toNode("a", "n2", 2), toNode("b", "n3", 0)),
                        node("n2", toEnding("a", "e-good", 3), toEnding("b", "e-bad", -1)),
                        node("n3", toEnding("a", "e-good", 1), toEnding("b", "e-late", 0))),
                ending("e-good"), ending("e-bad"), ending("e-late"));
    }

    public static Signal signal(String id) {
        return new Signal(id, t("signal " + id), new Source("S32", "Stille signalen",
                "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"));
    }

    public static Lesson lesson(String id, String... signalIds) {
        List<Signal> signals = new ArrayList<>();
        for (String s : signalIds) {
            signals.add(signal(s));
        }
        return new Lesson(id, t("lesson " + id), List.of(
                new ContentBlock.RichText(t("<p>text " + id + "</p>")),
                new ContentBlock.Signals(signals),
                new ContentBlock.ReportingRoute(FormOfExploitation.LABOUR, RouteAudience.ADULT)));
    }

    /** Two lessons, a scenario (the diamond) and a single-choice item; pass mark 60. */
    public static CourseContent course() {
        return course(diamond());
    }

    public static CourseContent course(Scenario scenario) {
        return new CourseContent(t("Course"), t("summary"), Sector.HEALTHCARE, Set.of(FormOfExploitation.LABOUR),
                List.of("nl", "en"), 30, List.of(t("goal")), 60, RetakePolicy.UNLIMITED,
                List.of(lesson("l1", "s1"), lesson("l2", "s2")),
                List.of(scenario,
                        new QuizItem.SingleChoice("q1", t("Who?"), options("x", "y"), "x", t("because"))));
    }

    public static QuizItem.MatchSignalToForm match() {
        return new QuizItem.MatchSignalToForm("m", t("match"), options("a", "b", "c", "d"),
                Map.of("a", FormOfExploitation.LABOUR, "b", FormOfExploitation.SEXUAL,
                        "c", FormOfExploitation.CRIMINAL, "d", FormOfExploitation.LABOUR), t("why"));
    }
}
