package nl.signaal.learning.quiz.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;

/** What a learner answered to one item (or, for a scenario, at one node). */
public sealed interface Answer {

    /** For {@link QuizItem.SingleChoice}. */
    record Choice(String optionId) implements Answer {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /** For {@link QuizItem.MultipleChoice} and {@link QuizItem.SpotTheSignals}: the selected ids. */
    record Selection(Set<String> selectedIds) implements Answer {
        public Selection {
            selectedIds = Set.copyOf(selectedIds);
        }
    }

    /** For {@link QuizItem.OrderTheRoute}: step ids in the order the learner put them. */
    record Ordering(List<String> stepIds) implements Answer {
        public Ordering {
            stepIds = List.copyOf(stepIds);
        }
    }

    /** For {@link QuizItem.MatchSignalToForm}: the form chosen per signal id (unmatched signals absent). */
    record Matching(Map<String, FormOfExploitation> formBySignal) implements Answer {
        public Matching {
            formBySignal = Map.copyOf(formBySignal);
        }
    }

    /** For a scenario: the choice taken at a node. */
    record ScenarioStep(String nodeId, String choiceId) implements Answer {
        public ScenarioStep {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(choiceId, "choiceId");
        }
    }
}
