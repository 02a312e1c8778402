package nl.signaal.web.learn;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.learning.attempt.boundary.AnswerOutcome;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptResult;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptSummary;
import nl.signaal.learning.attempt.boundary.AttemptView;
import nl.signaal.learning.attempt.boundary.Attempts;
import nl.signaal.learning.attempt.boundary.Position;
import nl.signaal.learning.attempt.boundary.UnknownAttemptException;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Ending;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;

/**
 * Backing bean of /learn/play.xhtml?attempt=ID: one attempt, one step at a time — the
 * lessons in order, the scenario node by node with feedback after each choice, the ending
 * with the route for the learner's region, the other items, and the summary.
 *
 * <p>The bean keeps only what is on screen. Where the learner is comes from the server each
 * time ({@link AttemptView#position()}, rebuilt from the stored events), so opening the same
 * address after closing the browser, on another device or after a server restart continues
 * at the same node. Every answer is stored before its feedback shows, under an answer id made
 * when the question was put on screen: a double click or a retry sends the same id and is
 * recorded once.
 */
@Named
@ViewScoped
public class PlayerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Stage { LESSON, NODE, FEEDBACK, ENDING, ITEM, ITEM_FEEDBACK, READY, RESULT }

    @Inject
    transient Attempts attempts;

    @Inject
    transient RegionRoutes regionRoutes;

    @Inject
    transient Learner learner;

    private String attempt;
    private AttemptView view;
    private Stage stage;
    private String lessonId;
    private String answerId;
    private AnswerOutcome outcome;
    private String endingId;
    private String endingItemId;
    private ItemInput input;
    private Boolean retakeAllowed;
    private final Map<ContentBlock.ReportingRoute, RegionRoute> routes = new HashMap<>();

    /** View action: the caller's attempt, or 404 for an unknown id and for someone else's alike. */
    public void load() {
        Optional<AttemptView> found = Ids.parse(attempt).flatMap(attempts::find);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        view = found.get();
        resume();
    }

    /** Shows the place the attempt is at: the first unseen lesson, else the current item or node, else the end. */
    private void resume() {
        outcome = null;
        endingId = null;
        endingItemId = null;
        input = null;
        lessonId = null;
        answerId = null;
        if (view.status().finished()) {
            stage = Stage.RESULT;
            return;
        }
        Position position = view.position();
        Optional<Lesson> unseen = content().lessons().stream()
                .filter(l -> !position.lessonsSeen().contains(l.id())).findFirst();
        if (unseen.isPresent()) {
            stage = Stage.LESSON;
            lessonId = unseen.get().id();
        } else if (position.currentItemId() != null) {
            QuizItem item = content().item(position.currentItemId()).orElseThrow();
            answerId = UUID.randomUUID().toString();
            if (item instanceof Scenario) {
                stage = Stage.NODE;
            } else {
                stage = Stage.ITEM;
                input = ItemInput.forItem(item, view.attemptId());
            }
        } else {
            stage = Stage.READY;
        }
    }

    /** Opens a lesson again (from the list of parts); the place in the quiz is kept on the server. */
    public void openLesson(String id) {
        if (content().lesson(id).isPresent()) {
            stage = Stage.LESSON;
            lessonId = id;
            outcome = null;
        }
    }

    /** "Gelezen": the lesson counts as seen, on to the next place. */
    public void lessonRead() {
        try {
            view = attempts.seeLesson(view.attemptId(), lessonId);
            resume();
        } catch (AttemptRefusedException | UnknownAttemptException e) {
            refused(e);
        }
    }

    /** A choice at the current scenario node: stored now, then its feedback. */
    public void choose(String choiceId) {
        Scenario scenario = getScenario();
        ScenarioNode node = getNode();
        if (scenario == null || node == null) {
            reload();
            return;
        }
        record(scenario.id(), new Answer.ScenarioStep(node.id(), choiceId), Stage.FEEDBACK);
    }

    /** After a choice's feedback: the ending if the choice ended the story, else the next node. */
    public void afterFeedback() {
        if (outcome != null && outcome.endingId() != null) {
            stage = Stage.ENDING;
            endingId = outcome.endingId();
            endingItemId = outcome.itemId();
            outcome = null;
        } else {
            resume();
        }
    }

    /** Submits the answer to the current (non-scenario) item. */
    public void submitItem() {
        QuizItem item = getItem();
        if (item == null || input == null) {
            reload();
            return;
        }
        Answer answer;
        try {
            answer = input.toAnswer(item);
        } catch (ItemInput.Incomplete e) {
            message(FacesMessage.SEVERITY_ERROR, e.key());
            return;
        }
        record(item.id(), answer, Stage.ITEM_FEEDBACK);
    }

    /** On from an ending or an item's feedback. */
    public void next() {
        resume();
    }

    /** Scores the attempt and shows the summary. */
    public void finish() {
        try {
            view = attempts.finish(view.attemptId());
            retakeAllowed = null;
            resume();
        } catch (AttemptRefusedException | UnknownAttemptException e) {
            refused(e);
        }
    }

    /** A new attempt (when the course's retake policy allows one), straight into its player. */
    public String retake() {
        try {
            AttemptView next = attempts.start(view.courseId());
            return "/learn/play?faces-redirect=true&attempt=" + next.attemptId();
        } catch (AttemptRefusedException e) {
            refused(e);
            return null;
        }
    }

    private void record(String itemId, Answer answer, Stage then) {
        try {
            Attempts.Answered answered = attempts.answerAndShow(view.attemptId(), answerId, itemId, answer);
            outcome = answered.outcome();
            view = answered.attempt();
            stage = then;
        } catch (AttemptRefusedException | UnknownAttemptException e) {
            refused(e);
        }
    }

    /** A stale page (a second tab went on, the attempt was finished elsewhere): say so and show where it really is. */
    private void refused(RuntimeException e) {
        String reason = e instanceof AttemptRefusedException r ? r.reason().name() : "UNKNOWN_ATTEMPT";
        message(FacesMessage.SEVERITY_WARN, "attempt.refused." + reason);
        reload();
    }

    private void reload() {
        Optional<AttemptView> found = attempts.find(view.attemptId());
        if (found.isEmpty()) {
            notFound();
            return;
        }
        view = found.get();
        resume();
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, LearnTexts.text(learner.locale(), key), null));
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    // ---- what the page shows

    public CourseContent getContent() {
        return content();
    }

    private CourseContent content() {
        if (view == null) {
            // a post-back to a view whose attempt was never loaded (e.g. after a failed request): as unknown
            throw new jakarta.faces.application.ViewExpiredException(
                    FacesContext.getCurrentInstance().getViewRoot().getViewId());
        }
        return view.content();
    }

    public AttemptView getView() {
        return view;
    }

    public Stage getStage() {
        return stage;
    }

    public Lesson getLesson() {
        return lessonId == null ? null : content().lesson(lessonId).orElse(null);
    }

    public int getLessonNumber() {
        return content().lessons().indexOf(getLesson()) + 1;
    }

    public boolean seen(String lesson) {
        return view.position().lessonsSeen().contains(lesson);
    }

    /** Whether a lesson may be opened from the list of parts: seen ones, and the one the learner is at. */
    public boolean openable(String lesson) {
        return seen(lesson) || Objects.equals(lesson, lessonId);
    }

    public QuizItem getItem() {
        String id = view.position().currentItemId();
        return id == null ? null : content().item(id).orElse(null);
    }

    public Scenario getScenario() {
        return getItem() instanceof Scenario s ? s : null;
    }

    public ScenarioNode getNode() {
        Scenario scenario = getScenario();
        String nodeId = view.position().currentNodeId();
        return scenario == null || nodeId == null ? null : scenario.node(nodeId).orElse(null);
    }

    /** Whether the scenario has not been answered yet (its introduction is shown with the first node). */
    public boolean isScenarioStart() {
        Scenario scenario = getScenario();
        return scenario != null && Objects.equals(scenario.startNodeId(), view.position().currentNodeId());
    }

    public String getAnswerId() {
        return answerId;
    }

    public AnswerOutcome getOutcome() {
        return outcome;
    }

    /** The choice whose feedback is shown. */
    public ScenarioChoice getChosen() {
        if (outcome == null || outcome.choiceId() == null) {
            return null;
        }
        return content().item(outcome.itemId()).filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .flatMap(s -> s.node(outcome.nodeId())).flatMap(n -> n.choice(outcome.choiceId())).orElse(null);
    }

    /** The feedback's item score as a percentage; null while a scenario goes on. */
    public Integer getOutcomePercent() {
        return outcome == null || outcome.itemScore() == null ? null : (int) Math.floor(outcome.itemScore() * 100);
    }

    public Ending getEnding() {
        return endingId == null ? null : ending(endingItemId, endingId);
    }

    private Ending ending(String itemId, String id) {
        return content().item(itemId).filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .flatMap(s -> s.ending(id)).orElse(null);
    }

    public ItemInput getInput() {
        return input;
    }

    /** Share of lessons seen and items complete, 0–100, for the progress bar. */
    public int getProgressPercent() {
        if (view.status().finished()) {
            return 100;
        }
        int total = content().lessons().size() + content().quiz().size();
        int done = view.position().lessonsSeen().size() + view.position().itemsComplete().size();
        return total == 0 ? 100 : done * 100 / total;
    }

    /** The route of a block for the learner's region, resolved once per page. */
    public RegionRoute route(ContentBlock.ReportingRoute block) {
        return routes.computeIfAbsent(block, b -> regionRoutes.resolve(b, content().sector()));
    }

    /**
     * The route an ending says should have been taken, for the learner's region: the ending's own
     * block, or (for an ending without one) the last lesson's.
     */
    public RegionRoute endingRoute(Ending ending) {
        ContentBlock.ReportingRoute block = ending.route();
        if (block == null) {
            block = content().lessons().stream().flatMap(l -> l.blocks().stream())
                    .filter(ContentBlock.ReportingRoute.class::isInstance).map(ContentBlock.ReportingRoute.class::cast)
                    .reduce((first, second) -> second).orElse(null);
        }
        return block == null ? new RegionRoute(List.of(), "route.none") : route(block);
    }

    public AttemptResult getResult() {
        return view.result();
    }

    public List<Signal> signals(Set<String> ids) {
        Map<String, Signal> all = content().signals();
        return ids.stream().map(all::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing((Signal s) -> List.copyOf(all.keySet()).indexOf(s.id()))).toList();
    }

    /** The endings reached in the attempt's scenarios, in quiz order. */
    public List<Ending> getReachedEndings() {
        AttemptResult result = view.result();
        if (result == null) {
            return List.of();
        }
        return content().quiz().stream().filter(i -> result.endingIds().containsKey(i.id()))
                .map(i -> ending(i.id(), result.endingIds().get(i.id()))).filter(Objects::nonNull).toList();
    }

    /** Whether the course's retake policy allows the learner another attempt. */
    public boolean isRetakeAllowed() {
        if (retakeAllowed == null) {
            List<AttemptSummary> mine = attempts.mine().stream().filter(a -> a.courseId() == view.courseId()).toList();
            long finished = mine.stream().filter(a -> a.status().finished()).count();
            boolean passed = mine.stream().anyMatch(a -> a.status() == AttemptStatus.PASSED);
            boolean running = mine.stream().anyMatch(a -> a.status() == AttemptStatus.IN_PROGRESS);
            retakeAllowed = !running && content().retakePolicy().allowsNewAttempt((int) finished, passed);
        }
        return retakeAllowed;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }
}
