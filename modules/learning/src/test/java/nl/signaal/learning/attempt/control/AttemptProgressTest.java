package nl.signaal.learning.attempt.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.signaal.learning.attempt.boundary.AnswerOutcome;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason;
import nl.signaal.learning.attempt.boundary.AttemptResult;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.tools.Fixtures;
import org.junit.jupiter.api.Test;

class AttemptProgressTest {

    private final AttemptProgress attempt = AttemptProgress.start(Fixtures.course());

    private static Answer step(String node, String choice) {
        return new Answer.ScenarioStep(node, choice);
    }

    private void takeBestPathAndSingleChoice() {
        attempt.seeLesson("l1");
        attempt.seeLesson("l2");
        attempt.answer("a1", "sc", step("n1", "a"));
        attempt.answer("a2", "sc", step("n2", "a"));
        attempt.answer("a3", "q1", new Answer.Choice("x"));
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run).isInstanceOf(AttemptRefusedException.class)
                .extracting(e -> ((AttemptRefusedException) e).reason()).isEqualTo(reason);
    }

    @Test
    void startsAtTheFirstItemsStartNode() {
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.position().currentItemId()).isEqualTo("sc");
        assertThat(attempt.position().currentNodeId()).isEqualTo("n1");
    }

    @Test
    void aChoiceMovesTheScenarioToItsNextNodeWithItsFeedback() {
        AnswerOutcome outcome = attempt.answer("a1", "sc", step("n1", "a"));

        assertThat(outcome.recordedNow()).isTrue();
        assertThat(outcome.nextNodeId()).isEqualTo("n2");
        assertThat(outcome.feedback().nl()).isEqualTo("feedback a");
        assertThat(outcome.itemComplete()).isFalse();
        assertThat(attempt.position().currentNodeId()).isEqualTo("n2");
    }

    @Test
    void theSameAnswerIdTwiceIsRecordedOnce() {
        AnswerOutcome first = attempt.answer("a1", "sc", step("n1", "a"));
        AnswerOutcome again = attempt.answer("a1", "sc", step("n1", "a"));

        assertThat(again.recordedNow()).isFalse();
        assertThat(again.nextNodeId()).isEqualTo(first.nextNodeId());
        assertThat(attempt.position().currentNodeId()).isEqualTo("n2");
        assertThat(attempt.recorded("a1")).isPresent();
    }

    @Test
    void aRetryWithTheSameAnswerIdButOtherContentStillReturnsTheFirstOutcome() {
        attempt.answer("a1", "sc", step("n1", "a"));

        AnswerOutcome retry = attempt.answer("a1", "sc", step("n1", "b"));

        assertThat(retry.choiceId()).isEqualTo("a");
        assertThat(attempt.position().currentNodeId()).isEqualTo("n2");
    }

    @Test
    void aStalePageAnsweringAnEarlierNodeIsRefused() {
        attempt.answer("a1", "sc", step("n1", "a"));

        assertRefused(() -> attempt.answer("a2", "sc", step("n1", "b")), Reason.NOT_AT_NODE);
    }

    @Test
    void unknownChoicesItemsAndAnswerKindsAreRefused() {
        assertRefused(() -> attempt.answer("a1", "sc", step("n1", "zz")), Reason.UNKNOWN_CHOICE);
        assertRefused(() -> attempt.answer("a2", "nope", new Answer.Choice("x")), Reason.UNKNOWN_ITEM);
        assertRefused(() -> attempt.answer("a3", "q1", new Answer.Selection(java.util.Set.of("x"))), Reason.WRONG_ANSWER_KIND);
        assertRefused(() -> attempt.answer("a4", "q1", new Answer.Choice("zz")), Reason.UNKNOWN_OPTION);
    }

    @Test
    void anItemTakesOneAnswer() {
        attempt.answer("a1", "q1", new Answer.Choice("y"));

        assertRefused(() -> attempt.answer("a2", "q1", new Answer.Choice("x")), Reason.ALREADY_ANSWERED);
    }

    @Test
    void reachingAnEndingCompletesTheScenarioAndResumeMovesToTheNextItem() {
        attempt.answer("a1", "sc", step("n1", "b"));
        AnswerOutcome end = attempt.answer("a2", "sc", step("n3", "a"));

        assertThat(end.endingId()).isEqualTo("e-good");
        assertThat(end.itemScore()).isEqualTo(0.2);
        assertThat(attempt.position().currentItemId()).isEqualTo("q1");
        assertThat(attempt.position().currentNodeId()).isNull();
        assertRefused(() -> attempt.answer("a3", "sc", step("n3", "a")), Reason.ALREADY_ANSWERED);
    }

    @Test
    void finishingNeedsEveryLessonSeenAndEveryItemDone() {
        attempt.seeLesson("l1");
        assertRefused(attempt::finish, Reason.LESSONS_NOT_SEEN);
        attempt.seeLesson("l2");
        assertRefused(attempt::finish, Reason.QUIZ_NOT_DONE);
        assertThat(attempt.position().readyToFinish()).isFalse();
    }

    @Test
    void aFullMarksAttemptPasses() {
        takeBestPathAndSingleChoice();

        AttemptResult result = attempt.finish();

        assertThat(result.scorePercent()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
        assertThat(result.endingIds()).containsEntry("sc", "e-good");
        assertThat(attempt.status()).isEqualTo(AttemptStatus.PASSED);
    }

    @Test
    void theQuizScoreIsTheMeanOfTheItemsAgainstThePassMark() {
        attempt.seeLesson("l1");
        attempt.seeLesson("l2");
        attempt.answer("a1", "sc", step("n1", "b"));
        attempt.answer("a2", "sc", step("n3", "a"));
        attempt.answer("a3", "q1", new Answer.Choice("x"));

        AttemptResult result = attempt.finish();

        assertThat(result.scorePercent()).isEqualTo(60); // (0.2 + 1) / 2
        assertThat(result.passed()).isTrue();
        AttemptProgress other = AttemptProgress.start(Fixtures.course());
        other.seeLesson("l1");
        other.seeLesson("l2");
        other.answer("b1", "sc", step("n1", "b"));
        other.answer("b2", "sc", step("n3", "a"));
        other.answer("b3", "q1", new Answer.Choice("y"));
        assertThat(other.finish().scorePercent()).isEqualTo(10);
        assertThat(other.status()).isEqualTo(AttemptStatus.FAILED);
    }

    @Test
    void aFinishedAttemptTakesNoAnswersButFinishingAgainReturnsTheSameResult() {
        takeBestPathAndSingleChoice();
        AttemptResult result = attempt.finish();

        assertThat(attempt.finish()).isEqualTo(result);
        assertRefused(() -> attempt.answer("late", "q1", new Answer.Choice("x")), Reason.NOT_IN_PROGRESS);
        assertThat(attempt.answer("a3", "q1", new Answer.Choice("x")).recordedNow()).isFalse();
    }

    @Test
    void signalsRecognisedAnywhereAreNotListedAsMissed() {
        nl.signaal.learning.scenario.boundary.ScenarioChoice missesS1 = new nl.signaal.learning.scenario.boundary.ScenarioChoice(
                "miss", Fixtures.t("miss"), null, "n2", null, 0, java.util.Set.of(), java.util.Set.of("s1", "s2"), false);
        nl.signaal.learning.scenario.boundary.ScenarioChoice seesS1 = new nl.signaal.learning.scenario.boundary.ScenarioChoice(
                "see", Fixtures.t("see"), null, null, "e", 1, java.util.Set.of("s1"), java.util.Set.of(), true);
        var scenario = Fixtures.scenario("n1", List.of(Fixtures.node("n1", missesS1), Fixtures.node("n2", seesS1)),
                Fixtures.ending("e"));
        AttemptProgress a = AttemptProgress.start(Fixtures.course(scenario));
        a.seeLesson("l1");
        a.seeLesson("l2");
        a.answer("1", "sc", step("n1", "miss"));
        a.answer("2", "sc", step("n2", "see"));
        a.answer("3", "q1", new Answer.Choice("x"));

        AttemptResult result = a.finish();

        assertThat(result.signalsRecognised()).containsExactly("s1");
        assertThat(result.signalsMissed()).containsExactly("s2");
    }

    @Test
    void replayingTheRecordedInputsRebuildsTheSamePosition() {
        attempt.seeLesson("l1");
        attempt.answer("a1", "sc", step("n1", "a"));

        AttemptProgress replayed = AttemptProgress.start(Fixtures.course());
        replayed.seeLesson("l1");
        replayed.answer("a1", "sc", step("n1", "a"));

        assertThat(replayed.position()).isEqualTo(attempt.position());
    }
}
