package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.signaal.learning.attempt.boundary.AnswerOutcome;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptView;
import nl.signaal.learning.attempt.boundary.Attempts;
import nl.signaal.learning.attempt.boundary.UnknownAttemptException;
import nl.signaal.learning.completion.boundary.CompletionSummary;
import nl.signaal.learning.completion.boundary.Completions;
import nl.signaal.learning.course.boundary.CourseAuthoring;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.learning.course.boundary.DraftVersion;
import nl.signaal.learning.course.boundary.LessonRoutes;
import nl.signaal.learning.course.control.LessonRouteQuery;
import nl.signaal.learning.it.AsLearner;
import nl.signaal.learning.it.AsTrainer;
import nl.signaal.learning.it.CompletionsHeard;
import nl.signaal.learning.it.FakeCurrentCaller;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.tools.Fixtures;
import nl.signaal.platform.caller.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attempts against the real schema Flyway built on the run stack: answers are recorded once,
 * versions stay pinned, and nobody reads another learner's attempt or a draft. The services
 * run with their own {@code @RolesAllowed}; the test chooses the role ({@link AsLearner},
 * {@link AsTrainer}) and the subject ({@link FakeCurrentCaller}). Every test makes its own
 * course and learners with unique names, since the run database keeps data between runs.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "learning-attempts-it.war")
                .addPackages(true, Filters.exclude(".*Test(\\$.*)?\\.class"), "nl.signaal.learning")
                // the live route needs the routes context, which this archive leaves out
                .deleteClasses(LessonRoutes.class, LessonRouteQuery.class)
                .addPackages(true, "nl.signaal.platform.caller", "nl.signaal.platform.shared",
                        "nl.signaal.platform.audit", "nl.signaal.platform.time", "nl.signaal.platform.events")
                .addAsResource("it-persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // @RunAs needs a principal in the role: the helpers run as it-learner / it-trainer
                .addAsWebInfResource("it-glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it-glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core",
                                "com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer")
                        .withTransitivity().asFile());
    }

    @EJB
    AsLearner asLearner;

    @EJB
    AsTrainer asTrainer;

    @EJB
    Attempts attempts;

    @EJB
    Courses courses;

    @EJB
    CourseAuthoring authoring;

    @EJB
    Completions completions;

    @Inject
    CompletionsHeard completionsHeard;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long publishedCourse(CourseContent content) throws Exception {
        FakeCurrentCaller.signIn(unique("trainer"), "Trainer IT", "demo-zorg", Role.TRAINER);
        return asTrainer.call(() -> {
            DraftVersion draft = authoring.create(unique("it-course"), content);
            authoring.publish(draft.courseId());
            return draft.courseId();
        });
    }

    /** The fixture course, filed under OTHER and named as a test so it stays off the sector homes of the run stack. */
    private static CourseContent itCourse(Scenario scenario) {
        CourseContent c = Fixtures.course(scenario);
        return new CourseContent(nl.signaal.learning.shared.LocalizedText.of("IT-testcursus (automatisch)", "IT test course (automatic)"),
                c.summary(), nl.signaal.platform.shared.Sector.OTHER, c.forms(), c.languages(), c.estimatedMinutes(),
                c.learningGoals(), c.passMark(), c.retakePolicy(), c.lessons(), c.quiz());
    }

    private static CourseContent itCourse() {
        return itCourse(Fixtures.diamond());
    }

    private static Answer step(String node, String choice) {
        return new Answer.ScenarioStep(node, choice);
    }

    @Test
    void aDoubleSubmittedAnswerIsRecordedOnce() throws Exception {
        long courseId = publishedCourse(itCourse());
        FakeCurrentCaller.signIn(unique("learner"), "Łukasz Żółć", "demo-horeca", Role.LEARNER);
        long attemptId = asLearner.call(() -> attempts.start(courseId).attemptId());

        AnswerOutcome first = asLearner.call(() -> attempts.answer(attemptId, "answer-1", "sc", step("n1", "a")));
        AnswerOutcome second = asLearner.call(() -> attempts.answer(attemptId, "answer-1", "sc", step("n1", "a")));

        assertThat(first.recordedNow()).isTrue();
        assertThat(second.recordedNow()).isFalse();
        assertThat(second.nextNodeId()).isEqualTo("n2");
        AttemptView view = asLearner.call(() -> attempts.find(attemptId).orElseThrow());
        assertThat(view.answers()).hasSize(1);
        assertThat(view.position().currentNodeId()).isEqualTo("n2");
    }

    @Test
    void theAttemptReturnedWithAnAnswerIsTheOneReadAfterwardsAlsoForARepeatedAnswer() throws Exception {
        long courseId = publishedCourse(itCourse());
        FakeCurrentCaller.signIn(unique("learner"), "Anna Jansen", "demo-zorg", Role.LEARNER);
        long attemptId = asLearner.call(() -> {
            long id = attempts.start(courseId).attemptId();
            attempts.seeLesson(id, "l1");
            return id;
        });

        Attempts.Answered first = asLearner.call(() -> attempts.answerAndShow(attemptId, "shown-1", "sc", step("n1", "a")));
        AttemptView readAfterFirst = asLearner.call(() -> attempts.find(attemptId).orElseThrow());
        Attempts.Answered again = asLearner.call(() -> attempts.answerAndShow(attemptId, "shown-1", "sc", step("n1", "a")));
        Attempts.Answered second = asLearner.call(() -> attempts.answerAndShow(attemptId, "shown-2", "sc", step("n2", "a")));
        AttemptView readAfterSecond = asLearner.call(() -> attempts.find(attemptId).orElseThrow());

        assertThat(first.outcome().recordedNow()).isTrue();
        assertThat(first.attempt().position().currentNodeId()).isEqualTo("n2");
        assertThat(first.attempt()).usingRecursiveComparison().withEqualsForType(SAME_MICROSECOND, OffsetDateTime.class)
                .isEqualTo(readAfterFirst);
        assertThat(again.outcome().recordedNow()).isFalse();
        assertThat(again.attempt()).usingRecursiveComparison().withEqualsForType(SAME_MICROSECOND, OffsetDateTime.class)
                .isEqualTo(readAfterFirst);
        assertThat(second.attempt().answers()).hasSize(2);
        assertThat(second.attempt()).usingRecursiveComparison().withEqualsForType(SAME_MICROSECOND, OffsetDateTime.class)
                .isEqualTo(readAfterSecond);
    }

    /** A time read back from PostgreSQL (rounded to microseconds, UTC) and the one still in memory (nanoseconds, local offset). */
    private static final java.util.function.BiPredicate<OffsetDateTime, OffsetDateTime> SAME_MICROSECOND = (a, b) ->
            java.time.Duration.between(a, b).abs().toNanos() < 1_000;

    @Test
    void anAttemptOnVersionOneIsUnaffectedByPublishingVersionTwoAndCompletesVersionOne() throws Exception {
        long courseId = publishedCourse(itCourse());
        String learner = unique("learner");
        FakeCurrentCaller.signIn(learner, "Nguyễn Thị Minh", "demo-zorg", Role.LEARNER);
        long attemptId = asLearner.call(() -> {
            long id = attempts.start(courseId).attemptId();
            attempts.seeLesson(id, "l1");
            attempts.answer(id, "v1-a", "sc", step("n1", "a"));
            return id;
        });

        // a trainer publishes version 2, whose scenario has other nodes
        Scenario other = Fixtures.scenario("m1", List.of(Fixtures.node("m1", Fixtures.toEnding("only", "e-good", 1))),
                Fixtures.ending("e-good"));
        FakeCurrentCaller.signIn(unique("trainer"), "Trainer IT", "demo-zorg", Role.TRAINER);
        int v2 = asTrainer.call(() -> {
            authoring.openDraft(courseId);
            authoring.saveDraft(courseId, itCourse(other));
            return authoring.publish(courseId).versionNumber();
        });
        assertThat(v2).isEqualTo(2);

        FakeCurrentCaller.signIn(learner, "Nguyễn Thị Minh", "demo-zorg", Role.LEARNER);
        AttemptView finished = asLearner.call(() -> {
            assertThat(courses.latest(courseId).orElseThrow().versionNumber()).isEqualTo(2);
            attempts.seeLesson(attemptId, "l2");
            attempts.answer(attemptId, "v1-b", "sc", step("n2", "a"));
            attempts.answer(attemptId, "v1-c", "q1", new Answer.Choice("x"));
            return attempts.finish(attemptId);
        });

        assertThat(finished.versionNumber()).isEqualTo(1);
        assertThat(finished.status()).isEqualTo(AttemptStatus.PASSED);
        List<CompletionSummary> mine = asLearner.call(() -> completions.mine());
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.courseId()).isEqualTo(courseId);
            assertThat(c.versionNumber()).isEqualTo(1);
            assertThat(c.score()).isEqualTo(100);
        });
        assertThat(completionsHeard.heard()).filteredOn(e -> e.learnerSubject().equals(learner))
                .singleElement().satisfies(e -> {
                    assertThat(e.courseVersion()).isEqualTo(1);
                    assertThat(e.completionId()).isEqualTo(mine.get(0).completionId());
                    assertThat(e.learnerName()).isEqualTo("Nguyễn Thị Minh");
                    assertThat(e.organisationCode()).isEqualTo("demo-zorg");
                    assertThat(e.scorePercent()).isEqualTo(100);
                });
        // a learner starting now gets version 2
        FakeCurrentCaller.signIn(unique("learner"), "Later Learner", "demo-zorg", Role.LEARNER);
        assertThat(asLearner.call(() -> attempts.start(courseId).versionNumber())).isEqualTo(2);
    }

    @Test
    void aLearnerCannotReadAnotherLearnersAttempt() throws Exception {
        long courseId = publishedCourse(itCourse());
        FakeCurrentCaller.signIn(unique("learner-a"), "A", "demo-zorg", Role.LEARNER);
        long attemptOfA = asLearner.call(() -> attempts.start(courseId).attemptId());

        FakeCurrentCaller.signIn(unique("learner-b"), "B", "demo-zorg", Role.LEARNER);

        assertThat(asLearner.call(() -> attempts.find(attemptOfA))).isEmpty();
        assertThatThrownBy(() -> asLearner.call(() -> attempts.answer(attemptOfA, "x1", "sc", step("n1", "a"))))
                .isInstanceOf(UnknownAttemptException.class);
        assertThatThrownBy(() -> asLearner.call(() -> attempts.finish(attemptOfA)))
                .isInstanceOf(UnknownAttemptException.class);
        assertThat(asLearner.call(() -> attempts.mine())).isEmpty();
    }

    @Test
    void aLearnerCannotReadADraft() throws Exception {
        FakeCurrentCaller.signIn(unique("trainer"), "Trainer IT", "demo-zorg", Role.TRAINER);
        long draftOnly = asTrainer.call(() -> authoring.create(unique("it-draft"), itCourse()).courseId());

        FakeCurrentCaller.signIn(unique("learner"), "L", "demo-zorg", Role.LEARNER);

        assertThatThrownBy(() -> asLearner.call(() -> authoring.draft(draftOnly)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(asLearner.call(() -> courses.latest(draftOnly))).isEmpty();
        assertThat(asLearner.call(() -> courses.published(null, null, null, null)))
                .noneMatch(c -> c.courseId() == draftOnly);
        assertThatThrownBy(() -> asLearner.call(() -> attempts.start(draftOnly)))
                .isInstanceOf(AttemptRefusedException.class);
    }

    @Test
    void theSeedCoursesArePublished() throws Exception {
        FakeCurrentCaller.signIn(unique("learner"), "L", "demo-zorg", Role.LEARNER);

        assertThat(asLearner.call(() -> courses.published(null, null, null, null)))
                .extracting(c -> c.code())
                .contains("zorg-signalen", "horeca-hotelkamer", "tuinbouw-seizoenswerk");
    }

    @Test
    void theAuthorsOverviewShowsPublishedAndDraftVersionsAndACodeIsNeverReused() throws Exception {
        FakeCurrentCaller.signIn(unique("trainer"), "Trainer IT", "demo-zorg", Role.TRAINER);
        String code = unique("it-overview");
        long courseId = asTrainer.call(() -> {
            long id = authoring.create(code, itCourse()).courseId();
            authoring.publish(id);
            authoring.openDraft(id);
            return id;
        });

        var listed = asTrainer.call(() -> authoring.overview()).stream().filter(c -> c.courseId() == courseId).findFirst();

        assertThat(listed).hasValueSatisfying(c -> {
            assertThat(c.code()).isEqualTo(code);
            assertThat(c.publishedVersion()).isEqualTo(1);
            assertThat(c.draftVersion()).isEqualTo(2);
        });
        assertThatThrownBy(() -> asTrainer.call(() -> authoring.create(code, itCourse())))
                .isInstanceOf(nl.signaal.learning.course.boundary.CourseCodeTakenException.class);
        FakeCurrentCaller.signIn(unique("learner"), "L", "demo-zorg", Role.LEARNER);
        assertThatThrownBy(() -> asLearner.call(() -> authoring.overview())).isInstanceOf(EJBAccessException.class);
    }
}
