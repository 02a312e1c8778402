package nl.signaal.learning.scenario.control;

import static nl.signaal.learning.tools.Fixtures.ending;
import static nl.signaal.learning.tools.Fixtures.node;
import static nl.signaal.learning.tools.Fixtures.scenario;
import static nl.signaal.learning.tools.Fixtures.toEnding;
import static nl.signaal.learning.tools.Fixtures.toNode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.Problem;
import nl.signaal.learning.tools.Fixtures;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

    private final ScenarioValidator validator = new ScenarioValidator();

    private List<String> problems(Scenario s) {
        return validator.validate(s).stream().map(Problem::toString).toList();
    }

    @Test
    void aWellFormedScenarioHasNoProblems() {
        assertThat(validator.validate(Fixtures.diamond())).isEmpty();
    }

    @Test
    void aNodeNoChoiceLeadsToIsUnreachableAndNamed() {
        Scenario s = scenario("n1", List.of(
                        node("n1", toEnding("a", "e1", 1)),
                        node("orphan", toEnding("a", "e1", 1))),
                ending("e1"));

        assertThat(problems(s)).containsExactly("UNREACHABLE_NODE(orphan)");
    }

    @Test
    void aNodeWithoutChoicesIsADeadEnd() {
        Scenario s = scenario("n1", List.of(
                        node("n1", toNode("a", "stuck", 1), toEnding("b", "e1", 0)),
                        node("stuck")),
                ending("e1"));

        assertThat(problems(s)).containsExactly("DEAD_END(stuck)");
    }

    @Test
    void anEndingNoChoiceLeadsToIsUnreachable() {
        Scenario s = scenario("n1", List.of(node("n1", toEnding("a", "e1", 1))), ending("e1"), ending("forgotten"));

        assertThat(problems(s)).containsExactly("UNREACHABLE_ENDING(forgotten)");
    }

    @Test
    void aChoiceLeadingBackIsACycleNamingTheNodeItReturnsTo() {
        Scenario s = scenario("n1", List.of(
                        node("n1", toNode("a", "n2", 1)),
                        node("n2", toNode("back", "n1", 0), toEnding("out", "e1", 1))),
                ending("e1"));

        assertThat(problems(s)).containsExactly("CYCLE(n1, n2, back)");
    }

    @Test
    void aSelfLoopIsACycle() {
        Scenario s = scenario("n1", List.of(node("n1", toNode("again", "n1", 0), toEnding("out", "e1", 1))),
                ending("e1"));

        assertThat(problems(s)).containsExactly("CYCLE(n1, n1, again)");
    }

    @Test
    void everyChoiceMustLeadToExactlyOneExistingTarget() {
        ScenarioChoice nowhere = new ScenarioChoice("nowhere", Fixtures.t("x"), null, null, null, 0, Set.of(), Set.of(), false);
        ScenarioChoice twice = new ScenarioChoice("twice", Fixtures.t("x"), null, "n1", "e1", 0, Set.of(), Set.of(), false);
        Scenario s = scenario("n1", List.of(node("n1", nowhere, twice, toNode("ghost", "n9", 0),
                toEnding("lost", "e9", 0), toEnding("ok", "e1", 0))), ending("e1"));

        assertThat(problems(s)).containsExactly(
                "CHOICE_LEADS_NOWHERE(n1, nowhere)",
                "CHOICE_LEADS_TWICE(n1, twice)",
                "UNKNOWN_NODE(n1, ghost, n9)",
                "UNKNOWN_ENDING(n1, lost, e9)");
    }

    @Test
    void theStartMustBeANode() {
        Scenario s = scenario("nope", List.of(node("n1", toEnding("a", "e1", 0))), ending("e1"));

        assertThat(problems(s)).containsExactly("START_UNKNOWN(nope)");
    }

    @Test
    void idsAreUniqueAcrossNodesAndEndings() {
        Scenario s = scenario("n1", List.of(node("n1", toEnding("a", "n1", 0), toEnding("a", "n1", 0))), ending("n1"));

        assertThat(problems(s)).contains("DUPLICATE_ID(n1)", "DUPLICATE_CHOICE(n1, a)");
    }

    @Test
    void anEmptyScenarioSaysSo() {
        Scenario s = scenario("n1", List.of());

        assertThat(problems(s)).containsExactly("NO_NODES(sc)", "NO_ENDINGS(sc)");
    }

    @Test
    void aPathLongerThanTheLimitIsRefusedButOneAtTheLimitIsNot() {
        assertThat(problems(chain(ScenarioValidator.MAX_PATH_LENGTH))).isEmpty();
        assertThat(problems(chain(ScenarioValidator.MAX_PATH_LENGTH + 1)))
                .containsExactly("PATH_TOO_LONG(c0, 26, 25)");
    }

    private static Scenario chain(int length) {
        List<ScenarioNode> nodes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            ScenarioChoice next = i == length - 1 ? toEnding("go", "end", 1) : toNode("go", "c" + (i + 1), 1);
            nodes.add(node("c" + i, next));
        }
        return scenario("c0", nodes, ending("end"));
    }
}
