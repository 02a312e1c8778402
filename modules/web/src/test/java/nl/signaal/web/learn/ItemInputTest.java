package nl.signaal.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class ItemInputTest {

    private static Option option(String id) {
        return new Option(id, LocalizedText.of("Optie " + id, "Option " + id));
    }

    private static final QuizItem.OrderTheRoute ORDER = new QuizItem.OrderTheRoute("order", LocalizedText.of("Volgorde", "Order"),
            List.of(option("r1"), option("r2"), option("r3"), option("r4")), null);

    @Test
    void anOrderingIsShownShuffledTheSameWayForTheSameAttemptAndNeverAlreadyRight() {
        for (long attempt = 1; attempt < 200; attempt++) {
            ItemInput first = ItemInput.forItem(ORDER, attempt);
            assertThat(first.getShuffled()).isEqualTo(ItemInput.forItem(ORDER, attempt).getShuffled())
                    .isNotEqualTo(ORDER.stepsInOrder())
                    .containsExactlyInAnyOrderElementsOf(ORDER.stepsInOrder());
        }
    }

    @Test
    void theOrderingAnswerFollowsThePositionsTheLearnerChose() throws Exception {
        ItemInput input = ItemInput.forItem(ORDER, 7);
        input.getPositions().putAll(Map.of("r1", "2", "r2", "1", "r3", "4", "r4", "3"));
        assertThat(input.toAnswer(ORDER)).isEqualTo(new Answer.Ordering(List.of("r2", "r1", "r4", "r3")));
    }

    @Test
    void untouchedOrderingAnswersTheOrderShown() throws Exception {
        ItemInput input = ItemInput.forItem(ORDER, 7);
        assertThat(((Answer.Ordering) input.toAnswer(ORDER)).stepIds())
                .isEqualTo(input.getShuffled().stream().map(Option::id).toList());
    }

    @Test
    void twoStepsInOnePlaceAreRefused() {
        ItemInput input = ItemInput.forItem(ORDER, 7);
        input.getPositions().putAll(Map.of("r1", "1", "r2", "1", "r3", "3", "r4", "4"));
        assertThatThrownBy(() -> input.toAnswer(ORDER)).isInstanceOf(ItemInput.Incomplete.class)
                .hasMessage("item.incomplete.order");
    }

    @Test
    void checkedOptionsBecomeTheSelection() throws Exception {
        var spot = new QuizItem.SpotTheSignals("spot", LocalizedText.of("Zinnen", "Sentences"),
                List.of(option("z1"), option("z2"), option("z3")), Set.of("z2"), null);
        ItemInput input = ItemInput.forItem(spot, 1);
        input.getChecked().put("z1", Boolean.FALSE);
        input.getChecked().put("z2", Boolean.TRUE);
        input.getChecked().put("z3", "true");
        assertThat(input.toAnswer(spot)).isEqualTo(new Answer.Selection(Set.of("z2", "z3")));
    }

    @Test
    void aSingleChoiceNeedsAnOptionAndAMatchingNeedsEveryForm() throws Exception {
        var single = new QuizItem.SingleChoice("one", LocalizedText.of("Een", "One"), List.of(option("a"), option("b")), "a", null);
        ItemInput input = ItemInput.forItem(single, 1);
        assertThatThrownBy(() -> input.toAnswer(single)).hasMessage("item.incomplete.choice");
        input.setOption("b");
        assertThat(input.toAnswer(single)).isEqualTo(new Answer.Choice("b"));

        var match = new QuizItem.MatchSignalToForm("match", LocalizedText.of("Koppel", "Match"),
                List.of(option("s1"), option("s2")), Map.of("s1", FormOfExploitation.LABOUR, "s2", FormOfExploitation.SEXUAL), null);
        ItemInput matching = ItemInput.forItem(match, 1);
        matching.getForms().put("s1", "LABOUR");
        assertThatThrownBy(() -> matching.toAnswer(match)).hasMessage("item.incomplete.match");
        matching.getForms().put("s2", "CRIMINAL");
        assertThat(matching.toAnswer(match)).isEqualTo(new Answer.Matching(
                Map.of("s1", FormOfExploitation.LABOUR, "s2", FormOfExploitation.CRIMINAL)));
    }
}
