package nl.signaal.learning.attempt.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    @Test
    void everyKindOfAnswerReadsBackAsWritten() {
        List<Answer> answers = List.of(
                new Answer.ScenarioStep("n1", "a"),
                new Answer.Choice("x"),
                new Answer.Selection(Set.of("s2", "s4")),
                new Answer.Ordering(List.of("r3", "r1", "r2")),
                new Answer.Matching(Map.of("v1", FormOfExploitation.SEXUAL, "v2", FormOfExploitation.LABOUR)));

        assertThat(answers).allSatisfy(a -> assertThat(AnswerJson.read(AnswerJson.write(a))).isEqualTo(a));
    }

    @Test
    void theOrderOfAnOrderingIsKept() {
        assertThat(AnswerJson.write(new Answer.Ordering(List.of("b", "a")))).isEqualTo("{\"type\":\"ORDERING\",\"ids\":[\"b\",\"a\"]}");
    }
}
