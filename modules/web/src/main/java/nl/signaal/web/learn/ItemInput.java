package nl.signaal.web.learn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * What the learner has filled in for one quiz item (not a scenario) until they submit it,
 * and the {@link Answer} it makes. The page binds to the maps by option id; the option ids
 * never reach the HTML, so nothing in the page source gives the answer away (an ordering's
 * step ids, for instance, are often numbered in the right order).
 *
 * <p>The steps of an ordering are shown shuffled, but the same way for the same attempt, so
 * a reload does not reshuffle what the learner was looking at.
 */
public class ItemInput implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The input cannot be turned into an answer; {@code key} names the reason in the {@code lrn} bundle. */
    public static class Incomplete extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Incomplete(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private String option;
    private final Map<String, Object> checked = new HashMap<>();
    private final Map<String, String> positions = new HashMap<>();
    private final Map<String, String> forms = new HashMap<>();
    private final List<Option> shuffled = new ArrayList<>();

    /**
     * @param seed makes the shuffle of an ordering repeatable, e.g. the attempt id
     */
    public static ItemInput forItem(QuizItem item, long seed) {
        ItemInput input = new ItemInput();
        if (item instanceof QuizItem.OrderTheRoute order) {
            input.shuffled.addAll(shuffle(order.stepsInOrder(), seed ^ item.id().hashCode()));
            for (int i = 0; i < input.shuffled.size(); i++) {
                input.positions.put(input.shuffled.get(i).id(), String.valueOf(i + 1));
            }
        }
        return input;
    }

    /** A repeatable shuffle that never leaves two or more steps in the right order. */
    static List<Option> shuffle(List<Option> inOrder, long seed) {
        List<Option> steps = new ArrayList<>(inOrder);
        java.util.Collections.shuffle(steps, new Random(seed));
        if (steps.size() > 1 && steps.equals(inOrder)) {
            java.util.Collections.rotate(steps, 1);
        }
        return steps;
    }

    /**
     * The answer for the item.
     *
     * @throws Incomplete when a single choice has no option, an ordering uses a position twice, or a
     *                    signal has no form
     */
    public Answer toAnswer(QuizItem item) throws Incomplete {
        if (item instanceof QuizItem.SingleChoice) {
            if (option == null || option.isBlank()) {
                throw new Incomplete("item.incomplete.choice");
            }
            return new Answer.Choice(option);
        }
        if (item instanceof QuizItem.MultipleChoice mc) {
            return new Answer.Selection(selected(mc.options()));
        }
        if (item instanceof QuizItem.SpotTheSignals spot) {
            return new Answer.Selection(selected(spot.sentences()));
        }
        if (item instanceof QuizItem.OrderTheRoute order) {
            Map<String, Integer> position = new HashMap<>();
            for (Option step : order.stepsInOrder()) {
                position.put(step.id(), parse(positions.get(step.id())));
            }
            if (Set.copyOf(position.values()).size() != position.size() || position.containsValue(0)) {
                throw new Incomplete("item.incomplete.order");
            }
            return new Answer.Ordering(order.stepsInOrder().stream()
                    .sorted(Comparator.comparing((Option s) -> position.get(s.id()))).map(Option::id).toList());
        }
        if (item instanceof QuizItem.MatchSignalToForm match) {
            Map<String, FormOfExploitation> chosen = new HashMap<>();
            for (Option signal : match.signals()) {
                String form = forms.get(signal.id());
                if (form == null || form.isBlank()) {
                    throw new Incomplete("item.incomplete.match");
                }
                chosen.put(signal.id(), FormOfExploitation.valueOf(form));
            }
            return new Answer.Matching(chosen);
        }
        throw new IllegalArgumentException("Not an item with an input: " + item.kind());
    }

    private Set<String> selected(List<Option> options) {
        Set<String> ids = new LinkedHashSet<>();
        for (Option o : options) {
            Object value = checked.get(o.id());
            if (Boolean.TRUE.equals(value) || "true".equals(value)) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    /** Checkbox per option or sentence id (multiple choice, spot the signals). */
    public Map<String, Object> getChecked() {
        return checked;
    }

    /** Position (1…n, as text) per step id of an ordering. */
    public Map<String, String> getPositions() {
        return positions;
    }

    /** Form of exploitation (its name) per signal id of a matching. */
    public Map<String, String> getForms() {
        return forms;
    }

    /** The steps of an ordering in the order shown. */
    public List<Option> getShuffled() {
        return shuffled;
    }

    /** 1…n, the positions an ordering's steps can take. */
    public List<String> getPositionChoices() {
        List<String> choices = new ArrayList<>();
        for (int i = 1; i <= shuffled.size(); i++) {
            choices.add(String.valueOf(i));
        }
        return choices;
    }
}
