package nl.signaal.learning.quiz.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * One question of a quiz. The kinds are the records nested here plus
 * {@link Scenario} (in its own feature package, which is why this interface cannot be
 * sealed); {@link ItemKind} names them all, and scoring, validation and the JSON form
 * handle each. See
 * {@link nl.signaal.learning.quiz.control.Scoring} for how each is scored.
 */
public interface QuizItem {

    /** Unique within the course version; answers and attempt events name it. */
    String id();

    ItemKind kind();

    enum ItemKind { SINGLE_CHOICE, MULTIPLE_CHOICE, SPOT_THE_SIGNALS, ORDER_THE_ROUTE, MATCH_SIGNAL_TO_FORM, SCENARIO }

    /** One correct option among several. */
    record SingleChoice(String id, LocalizedText prompt, List<Option> options, String correctOptionId,
                        LocalizedText explanation) implements QuizItem {
        public SingleChoice {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.SINGLE_CHOICE;
        }
    }

    /** Any number of correct options (at least one). */
    record MultipleChoice(String id, LocalizedText prompt, List<Option> options, Set<String> correctOptionIds,
                          LocalizedText explanation) implements QuizItem {
        public MultipleChoice {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
            correctOptionIds = Set.copyOf(correctOptionIds);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.MULTIPLE_CHOICE;
        }
    }

    /**
     * A case description cut into sentences; the learner selects the sentences that are
     * signals.
     *
     * @param sentences       the case, in reading order
     * @param signalSentences ids of the sentences that are signals
     */
    record SpotTheSignals(String id, LocalizedText prompt, List<Option> sentences, Set<String> signalSentences,
                          LocalizedText explanation) implements QuizItem {
        public SpotTheSignals {
            Objects.requireNonNull(id, "id");
            sentences = List.copyOf(sentences);
            signalSentences = Set.copyOf(signalSentences);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.SPOT_THE_SIGNALS;
        }
    }

    /**
     * Put the steps of a reporting route in order. The player shows them shuffled.
     *
     * @param stepsInOrder the steps in the correct order
     */
    record OrderTheRoute(String id, LocalizedText prompt, List<Option> stepsInOrder,
                         LocalizedText explanation) implements QuizItem {
        public OrderTheRoute {
            Objects.requireNonNull(id, "id");
            stepsInOrder = List.copyOf(stepsInOrder);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.ORDER_THE_ROUTE;
        }
    }

    /**
     * Match each signal to the form of exploitation it points to.
     *
     * @param signals  the signals shown
     * @param expected the right form per signal id
     */
    record MatchSignalToForm(String id, LocalizedText prompt, List<Option> signals,
                             Map<String, FormOfExploitation> expected, LocalizedText explanation) implements QuizItem {
        public MatchSignalToForm {
            Objects.requireNonNull(id, "id");
            signals = List.copyOf(signals);
            expected = Map.copyOf(expected);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.MATCH_SIGNAL_TO_FORM;
        }
    }
}
