package nl.signaal.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.scenario.boundary.Ending;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class EditableScenarioTest {

    private static LocalizedText t(String nl) {
        return LocalizedText.of(nl, nl + " (en)");
    }

    private static final Scenario SCENARIO = new Scenario("sc", t("Spoed"), t("Inleiding"), "n1", List.of(
            new ScenarioNode("n1", t("Een vrouw komt binnen"), t("Wat doe je?"), 42L, List.of(
                    new ScenarioChoice("n1-k1", t("Doorvragen"), t("Goed"), "n2", null, 10, Set.of("s1"), Set.of(), false),
                    new ScenarioChoice("n1-k2", t("Niets"), null, null, "e1", 0, Set.of(), Set.of("s1"), false))),
            new ScenarioNode("n2", t("Alleen"), null, null, List.of(
                    new ScenarioChoice("n2-k1", t("Melden"), t("Juist"), null, "e2", 10, Set.of(), Set.of(), true)))),
            List.of(new Ending("e1", t("Ze gaat mee"), t("Niemand vroeg"), t("Veilig Thuis"), null, false),
                    new Ending("e2", t("Hulp"), t("Opvang"), t("Meldcode"),
                            new ContentBlock.ReportingRoute(FormOfExploitation.SEXUAL, RouteAudience.MINOR), true)));

    @Test
    void aScenarioSurvivesTheEditorUnchangedIncludingASituationsMaterial() {
        assertThat(EditableScenario.of(SCENARIO).toScenario()).isEqualTo(SCENARIO);
    }

    @Test
    void newSituationsAndEndingsGetFreeIdsAndRemovingOneClearsTheChoicesThatLedThere() {
        EditableScenario editor = EditableScenario.of(SCENARIO);
        EditableScenario.Node third = editor.addNode();
        EditableScenario.End end = editor.addEnding();

        assertThat(third.getId()).isEqualTo("n3");
        assertThat(end.getId()).isEqualTo("e3");

        editor.removeNode(editor.getNodes().get(1));

        assertThat(editor.getNodes().get(0).getChoices().get(0).getTarget()).as("it led to n2").isEmpty();
    }

    @Test
    void aSituationWithoutTextIsNamedWhenSaving() {
        EditableScenario editor = EditableScenario.of(SCENARIO);
        editor.addNode();

        assertThatThrownBy(editor::toScenario).isInstanceOfSatisfying(InvalidDraftException.class, e -> {
            assertThat(e.key()).isEqualTo("scenario.error.situation");
            assertThat(e.args()).containsExactly("n3");
        });
    }
}
