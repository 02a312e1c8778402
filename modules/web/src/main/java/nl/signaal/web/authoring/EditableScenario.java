package nl.signaal.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

/**
 * A branching scenario as the scenario editor holds it: situations (nodes) with their choices,
 * and endings, as plain mutable fields. A choice points at its target as {@code node:ID} or
 * {@code ending:ID}, so one select offers both. Turned back into the learning context's
 * immutable {@link Scenario} on save; whether the graph is sound (reachable, no dead ends,
 * bounded) is the learning context's {@code ScenarioValidator}'s call, not this class's.
 */
public class EditableScenario implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NODE = "node:";
    static final String ENDING = "ending:";

    private final String id;
    private String titleNl = "";
    private String titleEn = "";
    private String introNl = "";
    private String introEn = "";
    private String startNodeId;
    private final ArrayList<Node> nodes = new ArrayList<>();
    private final ArrayList<End> endings = new ArrayList<>();

    public EditableScenario(String id) {
        this.id = id;
    }

    /** A situation: what the learner sees and the question they answer. */
    public static class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private String situationNl = "";
        private String situationEn = "";
        private String questionNl = "";
        private String questionEn = "";
        private Long materialId;
        private final ArrayList<Choice> choices = new ArrayList<>();

        Node(String id) {
            this.id = id;
        }

        public String getId() { return id; }
        public String getSituationNl() { return situationNl; }
        public void setSituationNl(String v) { situationNl = v; }
        public String getSituationEn() { return situationEn; }
        public void setSituationEn(String v) { situationEn = v; }
        public String getQuestionNl() { return questionNl; }
        public void setQuestionNl(String v) { questionNl = v; }
        public String getQuestionEn() { return questionEn; }
        public void setQuestionEn(String v) { questionEn = v; }
        public List<Choice> getChoices() { return choices; }
        public Long getMaterialId() { return materialId; }
        public void setMaterialId(Long v) { materialId = v; }
    }

    /** One answer to a situation's question. */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private String labelNl = "";
        private String labelEn = "";
        private String feedbackNl = "";
        private String feedbackEn = "";
        private String target = "";
        private int score;
        private List<String> recognised = new ArrayList<>();
        private List<String> missed = new ArrayList<>();
        private boolean correctStep;

        Choice(String id) {
            this.id = id;
        }

        public String getId() { return id; }
        public String getLabelNl() { return labelNl; }
        public void setLabelNl(String v) { labelNl = v; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String v) { labelEn = v; }
        public String getFeedbackNl() { return feedbackNl; }
        public void setFeedbackNl(String v) { feedbackNl = v; }
        public String getFeedbackEn() { return feedbackEn; }
        public void setFeedbackEn(String v) { feedbackEn = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v == null ? "" : v; }
        public int getScore() { return score; }
        public void setScore(int v) { score = v; }
        public List<String> getRecognised() { return recognised; }
        public void setRecognised(List<String> v) { recognised = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public List<String> getMissed() { return missed; }
        public void setMissed(List<String> v) { missed = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public boolean isCorrectStep() { return correctStep; }
        public void setCorrectStep(boolean v) { correctStep = v; }
    }

    /** How the story ends, and the route that should have been taken. */
    public static class End implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private String outcomeNl = "";
        private String outcomeEn = "";
        private String whatHappenedNl = "";
        private String whatHappenedEn = "";
        private String routeAdviceNl = "";
        private String routeAdviceEn = "";
        private boolean good;
        private FormOfExploitation routeForm;
        private RouteAudience routeAudience = RouteAudience.ADULT;

        End(String id) {
            this.id = id;
        }

        public String getId() { return id; }
        public String getOutcomeNl() { return outcomeNl; }
        public void setOutcomeNl(String v) { outcomeNl = v; }
        public String getOutcomeEn() { return outcomeEn; }
        public void setOutcomeEn(String v) { outcomeEn = v; }
        public String getWhatHappenedNl() { return whatHappenedNl; }
        public void setWhatHappenedNl(String v) { whatHappenedNl = v; }
        public String getWhatHappenedEn() { return whatHappenedEn; }
        public void setWhatHappenedEn(String v) { whatHappenedEn = v; }
        public String getRouteAdviceNl() { return routeAdviceNl; }
        public void setRouteAdviceNl(String v) { routeAdviceNl = v; }
        public String getRouteAdviceEn() { return routeAdviceEn; }
        public void setRouteAdviceEn(String v) { routeAdviceEn = v; }
        public boolean isGood() { return good; }
        public void setGood(boolean v) { good = v; }
        public FormOfExploitation getRouteForm() { return routeForm; }
        public void setRouteForm(FormOfExploitation v) { routeForm = v; }
        public RouteAudience getRouteAudience() { return routeAudience; }
        public void setRouteAudience(RouteAudience v) { routeAudience = v == null ? RouteAudience.ADULT : v; }
    }

    public static EditableScenario of(Scenario s) {
        EditableScenario e = new EditableScenario(s.id());
        e.titleNl = s.title().nl();
        e.titleEn = s.title().en();
        e.introNl = s.introduction() == null ? "" : s.introduction().nl();
        e.introEn = s.introduction() == null ? "" : s.introduction().en();
        e.startNodeId = s.startNodeId();
        for (ScenarioNode n : s.nodes()) {
            Node node = new Node(n.id());
            node.situationNl = n.situation().nl();
            node.situationEn = n.situation().en();
            node.questionNl = n.question() == null ? "" : n.question().nl();
            node.questionEn = n.question() == null ? "" : n.question().en();
            node.materialId = n.materialId();
            for (ScenarioChoice c : n.choices()) {
                Choice choice = new Choice(c.id());
                choice.labelNl = c.label().nl();
                choice.labelEn = c.label().en();
                choice.feedbackNl = c.feedback() == null ? "" : c.feedback().nl();
                choice.feedbackEn = c.feedback() == null ? "" : c.feedback().en();
                choice.target = c.endingId() != null ? ENDING + c.endingId() : c.nextNodeId() != null ? NODE + c.nextNodeId() : "";
                choice.score = c.score();
                choice.recognised = new ArrayList<>(c.signalsRecognised().stream().sorted().toList());
                choice.missed = new ArrayList<>(c.signalsMissed().stream().sorted().toList());
                choice.correctStep = c.correctReportingStep();
                node.choices.add(choice);
            }
            e.nodes.add(node);
        }
        for (Ending en : s.endings()) {
            End end = new End(en.id());
            end.outcomeNl = en.outcome().nl();
            end.outcomeEn = en.outcome().en();
            end.whatHappenedNl = en.whatHappened().nl();
            end.whatHappenedEn = en.whatHappened().en();
            end.routeAdviceNl = en.routeAdvice().nl();
            end.routeAdviceEn = en.routeAdvice().en();
            end.good = en.good();
            if (en.route() != null) {
                end.routeForm = en.route().form();
                end.routeAudience = en.route().audience();
            }
            e.endings.add(end);
        }
        return e;
    }

    /**
     * The immutable scenario. Texts a learner must see are required in Dutch.
     *
     * @throws InvalidDraftException naming the situation, choice or ending to complete
     */
    public Scenario toScenario() {
        if (blank(titleNl)) {
            throw new InvalidDraftException("scenario.error.title");
        }
        List<ScenarioNode> builtNodes = new ArrayList<>();
        for (Node n : nodes) {
            if (blank(n.situationNl)) {
                throw new InvalidDraftException("scenario.error.situation", n.id);
            }
            List<ScenarioChoice> choices = new ArrayList<>();
            for (Choice c : n.choices) {
                if (blank(c.labelNl)) {
                    throw new InvalidDraftException("scenario.error.choiceLabel", n.id, c.id);
                }
                String next = c.target.startsWith(NODE) ? c.target.substring(NODE.length()) : null;
                String ending = c.target.startsWith(ENDING) ? c.target.substring(ENDING.length()) : null;
                choices.add(new ScenarioChoice(c.id, text(c.labelNl, c.labelEn), blank(c.feedbackNl) ? null : text(c.feedbackNl, c.feedbackEn),
                        next, ending, c.score, new LinkedHashSet<>(c.recognised), new LinkedHashSet<>(c.missed), c.correctStep));
            }
            builtNodes.add(new ScenarioNode(n.id, text(n.situationNl, n.situationEn),
                    blank(n.questionNl) ? null : text(n.questionNl, n.questionEn), n.materialId, choices));
        }
        List<Ending> builtEndings = new ArrayList<>();
        for (End e : endings) {
            if (blank(e.outcomeNl) || blank(e.whatHappenedNl) || blank(e.routeAdviceNl)) {
                throw new InvalidDraftException("scenario.error.ending", e.id);
            }
            builtEndings.add(new Ending(e.id, text(e.outcomeNl, e.outcomeEn), text(e.whatHappenedNl, e.whatHappenedEn),
                    text(e.routeAdviceNl, e.routeAdviceEn),
                    e.routeForm == null ? null : new ContentBlock.ReportingRoute(e.routeForm, e.routeAudience), e.good));
        }
        return new Scenario(id, text(titleNl, titleEn), blank(introNl) ? null : text(introNl, introEn), startNodeId,
                builtNodes, builtEndings);
    }

    public Node addNode() {
        Node node = new Node(freeId("n", ids()));
        nodes.add(node);
        if (startNodeId == null || startNodeId.isBlank()) {
            startNodeId = node.id;
        }
        return node;
    }

    public End addEnding() {
        End end = new End(freeId("e", ids()));
        endings.add(end);
        return end;
    }

    public Choice addChoice(Node node) {
        Set<String> taken = new HashSet<>();
        node.choices.forEach(c -> taken.add(c.id));
        Choice choice = new Choice(freeId(node.id + "-k", taken));
        node.choices.add(choice);
        return choice;
    }

    /** Removes a situation and clears every choice that led to it (the validator then names those choices). */
    public void removeNode(Node node) {
        nodes.remove(node);
        nodes.forEach(n -> n.choices.forEach(c -> {
            if (c.target.equals(NODE + node.id)) {
                c.target = "";
            }
        }));
        if (node.id.equals(startNodeId)) {
            startNodeId = nodes.isEmpty() ? null : nodes.get(0).id;
        }
    }

    public void removeEnding(End end) {
        endings.remove(end);
        nodes.forEach(n -> n.choices.forEach(c -> {
            if (c.target.equals(ENDING + end.id)) {
                c.target = "";
            }
        }));
    }

    private Set<String> ids() {
        Set<String> taken = new HashSet<>();
        nodes.forEach(n -> taken.add(n.id));
        endings.forEach(e -> taken.add(e.id));
        return taken;
    }

    private static String freeId(String prefix, Set<String> taken) {
        int i = 1;
        while (taken.contains(prefix + i)) {
            i++;
        }
        return prefix + i;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalizedText text(String nl, String en) {
        return LocalizedText.of(nl.strip(), en == null ? "" : en.strip());
    }

    public String getId() { return id; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String v) { titleNl = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getIntroNl() { return introNl; }
    public void setIntroNl(String v) { introNl = v; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String v) { introEn = v; }
    public String getStartNodeId() { return startNodeId; }
    public void setStartNodeId(String v) { startNodeId = v; }
    public List<Node> getNodes() { return nodes; }
    public List<End> getEndings() { return endings; }
}
