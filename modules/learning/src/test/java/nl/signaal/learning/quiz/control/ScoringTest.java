package nl.signaal.learning.quiz.control;

import static nl.signaal.learning.tools.Fixtures.options;
import static nl.signaal.learning.tools.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.tools.Fixtures;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Nested
    class SingleChoice {
        QuizItem.SingleChoice item = new QuizItem.SingleChoice("q", t("q"), options("a", "b", "c"), "b", null);

        @Test
        void theCorrectOptionScoresOne() {
            assertThat(Scoring.singleChoice(item, new Answer.Choice("b"))).isEqualTo(1.0);
        }

        @Test
        void anyOtherOptionScoresZero() {
            assertThat(Scoring.singleChoice(item, new Answer.Choice("a"))).isEqualTo(0.0);
        }
    }

    @Nested
    class MultipleChoice {
        // three correct of five
        QuizItem.MultipleChoice item = new QuizItem.MultipleChoice("q", t("q"), options("a", "b", "c", "x", "y"),
                Set.of("a", "b", "c"), null);

        double score(String... selected) {
            return Scoring.multipleChoice(item, new Answer.Selection(Set.of(selected)));
        }

        @Test
        void allCorrectAndNothingWrongScoresOne() {
            assertThat(score("a", "b", "c")).isEqualTo(1.0);
        }

        @Test
        void eachCorrectSelectionIsOnePointNormalisedByTheNumberOfCorrectOptions() {
            assertThat(score("a")).isCloseTo(1 / 3.0, within(1e-9));
            assertThat(score("a", "b")).isCloseTo(2 / 3.0, within(1e-9));
        }

        @Test
        void eachWrongSelectionCostsOnePoint() {
            assertThat(score("a", "b", "x")).isCloseTo(1 / 3.0, within(1e-9));
        }

        @Test
        void theScoreNeverGoesBelowZero() {
            assertThat(score("a", "x", "y")).isEqualTo(0.0);
            assertThat(score("x", "y")).isEqualTo(0.0);
        }

        @Test
        void selectingEverythingDoesNotPay() {
            assertThat(score("a", "b", "c", "x", "y")).isCloseTo(1 / 3.0, within(1e-9));
        }

        @Test
        void selectingNothingScoresZero() {
            assertThat(score()).isEqualTo(0.0);
        }
    }

    @Nested
    class SpotTheSignals {
        QuizItem.SpotTheSignals item = new QuizItem.SpotTheSignals("q", t("q"), options("s1", "s2", "s3", "s4"),
                Set.of("s2", "s4"), null);

        double score(String... selected) {
            return Scoring.spotTheSignals(item, new Answer.Selection(Set.of(selected)));
        }

        @Test
        void bothSignalSentencesScoreOne() {
            assertThat(score("s2", "s4")).isEqualTo(1.0);
        }

        @Test
        void oneOfTwoSignalsScoresHalf() {
            assertThat(score("s4")).isEqualTo(0.5);
        }

        @Test
        void anInnocentSentenceSelectedCancelsASignal() {
            assertThat(score("s2", "s4", "s1")).isEqualTo(0.5);
            assertThat(score("s2", "s1")).isEqualTo(0.0);
        }
    }

    @Nested
    class OrderTheRoute {
        QuizItem.OrderTheRoute item = new QuizItem.OrderTheRoute("q", t("q"), options("112", "vt", "pol", "com"), null);

        double score(String... order) {
            return Scoring.orderTheRoute(item, new Answer.Ordering(List.of(order)));
        }

        @Test
        void theRightOrderScoresOne() {
            assertThat(score("112", "vt", "pol", "com")).isEqualTo(1.0);
        }

        @Test
        void theReversedOrderScoresZero() {
            assertThat(score("com", "pol", "vt", "112")).isEqualTo(0.0);
        }

        @Test
        void oneNeighbouringSwapLosesOneOfTheSixPairs() {
            assertThat(score("vt", "112", "pol", "com")).isCloseTo(5 / 6.0, within(1e-9));
        }

        @Test
        void movingTheLastStepFirstLosesThreePairs() {
            assertThat(score("com", "112", "vt", "pol")).isCloseTo(3 / 6.0, within(1e-9));
        }
    }

    @Nested
    class MatchSignalToForm {
        QuizItem.MatchSignalToForm item = Fixtures.match();

        @Test
        void everySignalMatchedScoresOne() {
            assertThat(Scoring.matchSignalToForm(item, new Answer.Matching(item.expected()))).isEqualTo(1.0);
        }

        @Test
        void eachRightMatchIsAShareAndUnmatchedCountsAsWrong() {
            Answer.Matching three = new Answer.Matching(Map.of(
                    "a", FormOfExploitation.LABOUR, "b", FormOfExploitation.SEXUAL, "c", FormOfExploitation.LABOUR));

            assertThat(Scoring.matchSignalToForm(item, three)).isEqualTo(0.5);
        }
    }

    @Nested
    class ScenarioPath {
        Scenario diamond = Fixtures.diamond();

        ScenarioChoice at(String node, String choice) {
            return diamond.node(node).orElseThrow().choice(choice).orElseThrow();
        }

        @Test
        void theBestPathIsTheHighestSumFromStartToAnEnding() {
            assertThat(Scoring.bestPathScore(diamond)).isEqualTo(5);
        }

        @Test
        void theBestPathScoresOne() {
            assertThat(Scoring.scenario(diamond, List.of(at("n1", "a"), at("n2", "a")))).isEqualTo(1.0);
        }

        @Test
        void anotherPathScoresItsSumOverTheBest() {
            assertThat(Scoring.scenario(diamond, List.of(at("n1", "b"), at("n3", "a")))).isEqualTo(0.2);
            assertThat(Scoring.scenario(diamond, List.of(at("n1", "a"), at("n2", "b")))).isEqualTo(0.2);
        }

        @Test
        void aNegativeSumIsFlooredAtZero() {
            Scenario harsh = Fixtures.scenario("n1", List.of(
                            Fixtures.node("n1", Fixtures.toEnding("bad", "e", -3), Fixtures.toEnding("good", "e", 2))),
                    Fixtures.ending("e"));

            assertThat(Scoring.scenario(harsh, List.of(harsh.node("n1").orElseThrow().choice("bad").orElseThrow())))
                    .isEqualTo(0.0);
        }

        @Test
        void aScenarioWithoutPointsScoresOneForReachingAnEnding() {
            Scenario flat = Fixtures.scenario("n1", List.of(Fixtures.node("n1", Fixtures.toEnding("a", "e", 0))),
                    Fixtures.ending("e"));

            assertThat(Scoring.scenario(flat, List.of(flat.node("n1").orElseThrow().choices().get(0)))).isEqualTo(1.0);
        }
    }

    @Nested
    class QuizScore {
        @Test
        void isTheMeanOfTheItemsAsAPercentageRoundedDown() {
            assertThat(Scoring.percent(List.of(1.0, 0.0, 1.0))).isEqualTo(66);
            assertThat(Scoring.percent(List.of(1.0, 0.5))).isEqualTo(75);
            assertThat(Scoring.percent(List.of(0.7, 0.7, 0.7))).isEqualTo(70);
        }

        @Test
        void passesAtThePassMarkNotBelow() {
            assertThat(Scoring.passed(70, 70)).isTrue();
            assertThat(Scoring.passed(69, 70)).isFalse();
        }
    }
}
