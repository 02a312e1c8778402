package nl.signaal.web.authoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.learning.course.boundary.CourseAuthoring;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.DraftVersion;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.course.boundary.UnknownCourseException;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.shared.Problem;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.learn.LearnTexts;

/**
 * Backing bean of /trainer/courses/scenario.xhtml?id=…: the branching scenario of a course's
 * draft as a structured form (situations with their choices, endings) beside an outline of the
 * graph as the learner can walk it from the start. Saving replaces only the scenario in the
 * draft's quiz (re-read at that moment, so lesson edits saved meanwhile in the course editor are
 * kept) and shows what the learning context's validator still objects to.
 */
@Named
@ViewScoped
public class ScenarioEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SNIPPET = 60;

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    LanguagePreference language;

    private Long id;
    private String code;
    private boolean found;
    private EditableScenario scenario;
    private List<Signal> signals = List.of();
    private List<Problem> problems = List.of();
    private List<CourseMaterial> materials = List.of();

    /** A node of the outline: reachable from the start or not, with where each choice leads. */
    public record OutlineNode(String id, String text, boolean reachable, List<OutlineEdge> edges) implements Serializable {
    }

    /** One choice in the outline. */
    public record OutlineEdge(String label, String target, boolean ending, boolean missing) implements Serializable {
    }

    /** Catalogue material the course's lessons use, which a situation may show too. */
    public record CourseMaterial(long id, String title) implements Serializable {
    }

    /** A target a choice may lead to, for the select. */
    public record Target(String value, String label) implements Serializable {
    }

    public void load() {
        try {
            Optional<DraftVersion> draft = id == null ? Optional.empty() : authoring.draft(id);
            if (draft.isEmpty()) {
                message(FacesMessage.SEVERITY_ERROR, text("scenario.noDraft"));
                return;
            }
            found = true;
            take(draft.get());
        } catch (UnknownCourseException e) {
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.notFound"));
        }
    }

    private void take(DraftVersion draft) {
        code = draft.code();
        CourseContent content = draft.content();
        signals = List.copyOf(content.signals().values());
        problems = draft.problems();
        materials = materialsOf(content);
        scenario = content.quiz().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast).findFirst()
                .map(EditableScenario::of).orElseGet(() -> {
                    EditableScenario fresh = new EditableScenario("scenario");
                    fresh.addNode();
                    return fresh;
                });
    }

    public void save() {
        try {
            Scenario built = scenario.toScenario();
            DraftVersion draft = authoring.draft(id).orElseThrow(() -> new UnknownCourseException(String.valueOf(id)));
            CourseContent c = draft.content();
            List<QuizItem> quiz = new ArrayList<>();
            boolean replaced = false;
            for (QuizItem item : c.quiz()) {
                if (!replaced && item instanceof Scenario) {
                    quiz.add(built);
                    replaced = true;
                } else {
                    quiz.add(item);
                }
            }
            if (!replaced) {
                quiz.add(0, built);
            }
            DraftVersion saved = authoring.saveDraft(id, new CourseContent(c.title(), c.summary(), c.sector(), c.forms(),
                    c.languages(), c.estimatedMinutes(), c.learningGoals(), c.passMark(), c.retakePolicy(), c.lessons(), quiz));
            signals = List.copyOf(saved.content().signals().values());
            problems = saved.problems();
            message(FacesMessage.SEVERITY_INFO, text("author.edit.saved"));
        } catch (InvalidDraftException e) {
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.invalid", text(e.key(), e.args())));
        }
    }

    private static List<CourseMaterial> materialsOf(CourseContent content) {
        Map<Long, CourseMaterial> found = new java.util.LinkedHashMap<>();
        content.lessons().forEach(l -> l.blocks().stream()
                .filter(nl.signaal.learning.course.boundary.ContentBlock.Material.class::isInstance)
                .map(nl.signaal.learning.course.boundary.ContentBlock.Material.class::cast)
                .forEach(m -> found.putIfAbsent(m.materialId(), new CourseMaterial(m.materialId(), m.cachedTitle().nl()))));
        return List.copyOf(found.values());
    }

    public void addNode() {
        scenario.addNode();
    }

    public void addEnding() {
        scenario.addEnding();
    }

    public void addChoice(EditableScenario.Node node) {
        scenario.addChoice(node);
    }

    public void removeNode(EditableScenario.Node node) {
        scenario.removeNode(node);
    }

    public void removeEnding(EditableScenario.End end) {
        scenario.removeEnding(end);
    }

    public void removeChoice(EditableScenario.Node node, EditableScenario.Choice choice) {
        node.getChoices().remove(choice);
    }

    /** Every situation and ending a choice may lead to. */
    public List<Target> getTargets() {
        List<Target> targets = new ArrayList<>();
        scenario.getNodes().forEach(n -> targets.add(new Target(EditableScenario.NODE + n.getId(),
                text("scenario.target.node", n.getId(), snippet(n.getSituationNl())))));
        scenario.getEndings().forEach(e -> targets.add(new Target(EditableScenario.ENDING + e.getId(),
                text("scenario.target.ending", e.getId(), snippet(e.getOutcomeNl())))));
        return targets;
    }

    /**
     * The graph as a learner can walk it: situations in the order they are first reached from the
     * start, then the ones no path reaches (marked), each with where its choices lead.
     */
    public List<OutlineNode> getOutline() {
        Map<String, EditableScenario.Node> byId = new java.util.LinkedHashMap<>();
        scenario.getNodes().forEach(n -> byId.put(n.getId(), n));
        Set<String> endingIds = new LinkedHashSet<>();
        scenario.getEndings().forEach(e -> endingIds.add(e.getId()));
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (scenario.getStartNodeId() != null && byId.containsKey(scenario.getStartNodeId())) {
            queue.add(scenario.getStartNodeId());
        }
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (!reached.add(next)) {
                continue;
            }
            byId.get(next).getChoices().stream().map(EditableScenario.Choice::getTarget)
                    .filter(t -> t.startsWith(EditableScenario.NODE)).map(t -> t.substring(EditableScenario.NODE.length()))
                    .filter(byId::containsKey).forEach(queue::add);
        }
        List<String> order = new ArrayList<>(reached);
        byId.keySet().stream().filter(k -> !reached.contains(k)).forEach(order::add);
        List<OutlineNode> outline = new ArrayList<>();
        for (String nodeId : order) {
            EditableScenario.Node n = byId.get(nodeId);
            List<OutlineEdge> edges = n.getChoices().stream().map(c -> {
                String t = c.getTarget();
                boolean ending = t.startsWith(EditableScenario.ENDING);
                String target = ending ? t.substring(EditableScenario.ENDING.length())
                        : t.startsWith(EditableScenario.NODE) ? t.substring(EditableScenario.NODE.length()) : "";
                boolean missing = target.isEmpty() || (ending ? !endingIds.contains(target) : !byId.containsKey(target));
                return new OutlineEdge(c.getLabelNl(), target, ending, missing);
            }).toList();
            outline.add(new OutlineNode(nodeId, snippet(n.getSituationNl()), reached.contains(nodeId), edges));
        }
        return outline;
    }

    public String problemText(Problem problem) {
        return ProblemTexts.of(language.getLocale(), problem);
    }

    public String signalText(Signal signal) {
        return signal.text().in(language.getLocale());
    }

    private static String snippet(String s) {
        if (s == null || s.isBlank()) {
            return "…";
        }
        String t = s.strip();
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1) + "…";
    }

    private String text(String key, Object... args) {
        return LearnTexts.text(language.getLocale(), key, args);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public FormOfExploitation[] getForms() { return FormOfExploitation.values(); }
    public RouteAudience[] getAudiences() { return RouteAudience.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public boolean isFound() { return found; }
    public EditableScenario getScenario() { return scenario; }
    public List<Signal> getSignals() { return signals; }
    public List<Problem> getProblems() { return problems; }
    public List<CourseMaterial> getMaterials() { return materials; }
}
