package nl.signaal.learning.attempt.boundary;

import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.NO_SUCH_COURSE;
import static nl.signaal.learning.attempt.boundary.AttemptRefusedException.Reason.RETAKE_NOT_ALLOWED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.signaal.learning.attempt.control.AnswerJson;
import nl.signaal.learning.attempt.control.AttemptProgress;
import nl.signaal.learning.attempt.entity.Attempt;
import nl.signaal.learning.attempt.entity.AttemptEvent;
import nl.signaal.learning.attempt.entity.LessonView;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.events.SignalsJudged;
import nl.signaal.learning.completion.entity.Completion;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.control.VersionContents;
import nl.signaal.learning.course.entity.CourseVersion;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * Taking a course. Every method works on the caller's own attempts only: each query names
 * the caller's subject, so another learner's attempt id finds nothing (empty, or
 * {@link UnknownAttemptException}) rather than a "forbidden" that would confirm it exists.
 *
 * <ul>
 * <li>{@link #start} pins the latest published version; starting again while an attempt is
 *     in progress returns that attempt (resume), and the course's retake policy decides about
 *     a new one after finishing.</li>
 * <li>{@link #answer} stores the answer before it returns, idempotent on the client's answer
 *     id: the attempt row is locked, the attempt replayed from its events
 *     ({@link AttemptProgress}), and a known answer id returns the first outcome. The unique
 *     constraint on (attempt, answer id) backs this up. A newly recorded answer that names
 *     signals fires {@link SignalsJudged} (signals only, never the answer), for the
 *     organisations' "signals missed most".</li>
 * <li>{@link #finish} scores; when passed it records the {@code Completion} and fires
 *     {@link CourseCompleted}.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public class Attempts {

    /** Client answer ids: a UUID or similar token. */
    private static final Pattern ANSWER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    VersionContents contents;

    @Inject
    Event<CourseCompleted> completed;

    @Inject
    Event<SignalsJudged> judged;

    @Inject
    Clock clock;

    /**
     * Starts (or resumes) the caller's attempt at a course.
     *
     * @throws AttemptRefusedException {@code NO_SUCH_COURSE} or {@code RETAKE_NOT_ALLOWED}
     */
    public AttemptView start(long courseId) {
        Caller caller = currentCaller.require();
        String organisation = caller.requireOrganisation();
        Optional<Attempt> running = em.createNamedQuery(Attempt.FIND_IN_PROGRESS, Attempt.class)
                .setParameter("subject", caller.subject()).setParameter("courseId", courseId)
                .getResultStream().findFirst();
        if (running.isPresent()) {
            return view(running.get());
        }
        CourseVersion version = em.createNamedQuery(CourseVersion.FIND_LATEST_PUBLISHED, CourseVersion.class)
                .setParameter("courseId", courseId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new AttemptRefusedException(NO_SUCH_COURSE, String.valueOf(courseId)));
        CourseContent content = contents.of(version);
        List<Attempt> finished = em.createNamedQuery(Attempt.FIND_FINISHED, Attempt.class)
                .setParameter("subject", caller.subject()).setParameter("courseId", courseId).getResultList();
        boolean passedBefore = finished.stream().anyMatch(a -> a.getStatus() == AttemptStatus.PASSED);
        if (!content.retakePolicy().allowsNewAttempt(finished.size(), passedBefore)) {
            throw new AttemptRefusedException(RETAKE_NOT_ALLOWED, String.valueOf(courseId));
        }
        Attempt attempt = new Attempt(caller.subject(), caller.displayName(), organisation, courseId, version.getId(),
                version.getNumber(), OffsetDateTime.now(clock));
        em.persist(attempt);
        em.flush();
        return view(attempt);
    }

    /** The caller's attempt with this id; empty for an unknown id and for anyone else's attempt alike. */
    public Optional<AttemptView> find(long attemptId) {
        return own(attemptId, false).map(this::view);
    }

    /** The caller's attempts, newest first. */
    public List<AttemptSummary> mine() {
        List<AttemptSummary> summaries = new ArrayList<>();
        for (Attempt a : em.createNamedQuery(Attempt.FIND_ALL_OWN, Attempt.class)
                .setParameter("subject", currentCaller.require().subject()).getResultList()) {
            CourseContent content = contents.of(em.find(CourseVersion.class, a.getCourseVersionId()));
            AttemptProgress progress = replay(a, content).progress();
            int total = content.lessons().size() + content.quiz().size();
            int done = progress.position().lessonsSeen().size() + progress.position().itemsComplete().size();
            summaries.add(new AttemptSummary(a.getId(), a.getCourseId(), a.getVersionNumber(), content.title().nl(),
                    a.getStatus(), total == 0 ? 100 : done * 100 / total, a.getScorePercent(), a.getStartedAt(),
                    a.getFinishedAt()));
        }
        return summaries;
    }

    /** Records that the caller saw a lesson of their attempt (once; repeating is harmless). */
    public AttemptView seeLesson(long attemptId, String lessonId) {
        Attempt attempt = ownOrThrow(attemptId, true);
        CourseContent content = content(attempt);
        Replayed replayed = replay(attempt, content);
        if (replayed.progress().seeLesson(lessonId)) {
            em.persist(new LessonView(attempt.getId(), lessonId, OffsetDateTime.now(clock)));
            em.flush();
        }
        // the replay now includes the lesson just seen: what a second replay would give
        return view(attempt, content, replayed.progress(), replayed.answerIds());
    }

    /**
     * Records an answer now, once per answer id.
     *
     * @param answerId client-generated id of this answer (e.g. a UUID made when the page was rendered);
     *                 a retry or double click sends the same id
     * @throws AttemptRefusedException when the attempt cannot take the answer; nothing is recorded
     * @throws UnknownAttemptException when the caller has no such attempt
     */
    public AnswerOutcome answer(long attemptId, String answerId, String itemId, Answer answer) {
        return answerAndShow(attemptId, answerId, itemId, answer).outcome();
    }

    /** What {@link #answerAndShow} returns: the answer's outcome and the attempt as it stands after it. */
    public record Answered(AnswerOutcome outcome, AttemptView attempt) {
    }

    /**
     * {@link #answer}, and the attempt as it stands afterwards from the same replay, in one
     * transaction: what the player shows next without reading the attempt a second time.
     */
    public Answered answerAndShow(long attemptId, String answerId, String itemId, Answer answer) {
        if (answerId == null || !ANSWER_ID.matcher(answerId).matches()) {
            throw new IllegalArgumentException("An answer id is 1-64 letters, digits, '-' or '_'");
        }
        Attempt attempt = ownOrThrow(attemptId, true);
        CourseContent content = content(attempt);
        Replayed replayed = replay(attempt, content);
        AttemptProgress progress = replayed.progress();
        Optional<AnswerOutcome> earlier = progress.recorded(answerId);
        if (earlier.isPresent()) {
            return new Answered(earlier.get(), view(attempt, content, replayed.progress(), replayed.answerIds()));
        }
        int sequence = replayed.answerIds().size() + 1;
        AnswerOutcome outcome = progress.answer(answerId, itemId, answer);
        AttemptEvent event = new AttemptEvent(attempt, answerId, itemId, outcome.nodeId(), outcome.choiceId(), AnswerJson.write(answer),
                String.join(",", outcome.signalsRecognised().stream().sorted().toList()),
                String.join(",", outcome.signalsMissed().stream().sorted().toList()),
                outcome.correctReportingStep(), outcome.points(), OffsetDateTime.now(clock), sequence);
        em.persist(event);
        em.flush();
        if (!outcome.signalsRecognised().isEmpty() || !outcome.signalsMissed().isEmpty()) {
            // only the signals, never the answer: organisations aggregates them (observers after commit see it only if this commits)
            judged.fire(judged(attempt, event, content, outcome));
        }
        List<String> answerIds = new ArrayList<>(replayed.answerIds());
        answerIds.add(answerId);
        return new Answered(outcome, view(attempt, content, progress, answerIds));
    }

    private static SignalsJudged judged(Attempt attempt, AttemptEvent event, CourseContent content, AnswerOutcome outcome) {
        var known = content.signals();
        List<SignalsJudged.JudgedSignal> signals = new ArrayList<>();
        java.util.function.BiConsumer<String, Boolean> add = (id, missed) -> {
            var signal = known.get(id);
            signals.add(new SignalsJudged.JudgedSignal(id, signal == null ? id : signal.text().nl(),
                    signal == null ? "" : signal.text().en(), missed));
        };
        outcome.signalsMissed().stream().sorted().forEach(id -> add.accept(id, true));
        outcome.signalsRecognised().stream().sorted().filter(id -> !outcome.signalsMissed().contains(id))
                .forEach(id -> add.accept(id, false));
        return new SignalsJudged(event.getId(), attempt.getLearnerSubject(), attempt.getOrganisationCode(), attempt.getCourseId(),
                attempt.getVersionNumber(), content.title().nl(), signals, event.getOccurredAt().toInstant());
    }

    /**
     * Scores the attempt; idempotent. When passed, records the completion of the pinned
     * version and fires {@link CourseCompleted} (observers after commit see it only if this
     * transaction commits).
     *
     * @throws AttemptRefusedException {@code LESSONS_NOT_SEEN} or {@code QUIZ_NOT_DONE}
     */
    public AttemptView finish(long attemptId) {
        Attempt attempt = ownOrThrow(attemptId, true);
        if (attempt.getStatus().finished()) {
            return view(attempt);
        }
        CourseContent content = content(attempt);
        Replayed replayed = replay(attempt, content);
        AttemptProgress progress = replayed.progress();
        AttemptResult result = progress.finish();
        OffsetDateTime now = OffsetDateTime.now(clock);
        attempt.finish(progress.status(), result.scorePercent(), now);
        Completion completion = null;
        if (result.passed()) {
            completion = new Completion(attempt.getId(), attempt.getLearnerSubject(), attempt.getLearnerName(),
                    attempt.getOrganisationCode(), attempt.getCourseId(), attempt.getCourseVersionId(),
                    attempt.getVersionNumber(), content.title().nl(), content.sector().name(), result.scorePercent(), now);
            em.persist(completion);
        }
        em.flush();
        if (completion != null) {
            // the event type lives in platform, so certificates and organisations listen without depending on learning
            completed.fire(new CourseCompleted(completion.getId(),
                    attempt.getLearnerSubject(), attempt.getLearnerName(), attempt.getOrganisationCode(),
                    attempt.getCourseId(), attempt.getVersionNumber(), content.title().nl(), content.sector(),
                    now.toInstant(), result.scorePercent(), java.util.Optional.empty()));
        }
        // the replay, finished: what a second replay of the finished attempt would give
        return view(attempt, content, progress, replayed.answerIds());
    }

    private Optional<Attempt> own(long attemptId, boolean lock) {
        var query = em.createNamedQuery(Attempt.FIND_OWN, Attempt.class)
                .setParameter("id", attemptId)
                .setParameter("subject", currentCaller.require().subject());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private Attempt ownOrThrow(long attemptId, boolean lock) {
        return own(attemptId, lock).orElseThrow(() -> new UnknownAttemptException(attemptId));
    }

    private CourseContent content(Attempt attempt) {
        return contents.of(em.find(CourseVersion.class, attempt.getCourseVersionId()));
    }

    /** A replayed attempt and the ids of its answers in the order they were given. */
    private record Replayed(AttemptProgress progress, List<String> answerIds) {
    }

    /** The attempt as its recorded inputs make it: lessons seen, then answers in the order given. */
    private Replayed replay(Attempt attempt, CourseContent content) {
        AttemptProgress progress = AttemptProgress.start(content);
        em.createNamedQuery(LessonView.FOR_ATTEMPT, LessonView.class).setParameter("attemptId", attempt.getId())
                .getResultList().forEach(v -> progress.seeLesson(v.getLessonId()));
        List<String> answerIds = new ArrayList<>();
        em.createNamedQuery(AttemptEvent.FOR_ATTEMPT, AttemptEvent.class).setParameter("attemptId", attempt.getId())
                .getResultList().forEach(e -> {
                    progress.answer(e.getAnswerId(), e.getItemId(), AnswerJson.read(e.getAnswer()));
                    answerIds.add(e.getAnswerId());
                });
        if (attempt.getStatus().finished()) {
            progress.finish();
        }
        return new Replayed(progress, answerIds);
    }

    private AttemptView view(Attempt attempt) {
        CourseContent content = content(attempt);
        Replayed replayed = replay(attempt, content);
        return view(attempt, content, replayed.progress(), replayed.answerIds());
    }

    private static AttemptView view(Attempt attempt, CourseContent content, AttemptProgress progress, List<String> answerIds) {
        List<AnswerOutcome> answers = answerIds.stream().map(id -> progress.recorded(id).orElseThrow()).toList();
        return new AttemptView(attempt.getId(), attempt.getCourseId(), attempt.getCourseVersionId(), attempt.getVersionNumber(),
                attempt.getStatus(), attempt.getStartedAt(), attempt.getFinishedAt(), progress.position(), answers,
                progress.result().orElse(null), content);
    }
}
