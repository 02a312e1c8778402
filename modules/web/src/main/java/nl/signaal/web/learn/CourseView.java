package nl.signaal.web.learn;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptSummary;
import nl.signaal.learning.attempt.boundary.AttemptView;
import nl.signaal.learning.attempt.boundary.Attempts;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.learning.course.boundary.PublishedCourse;

/**
 * Backing bean of /learn/course.xhtml?course=ID: what a course is about, its lessons (seen ones
 * marked), the learner's attempts, and the button that starts, continues or retakes it.
 */
@Named
@ViewScoped
public class CourseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Courses courses;

    @Inject
    transient Attempts attempts;

    @Inject
    transient Learner learner;

    private String course;
    private long courseId;
    private PublishedCourse published;
    private List<AttemptSummary> mine = List.of();
    private Set<String> lessonsSeen = Set.of();

    /** View action: the course's latest published version, or 404 (a draft or an unknown id alike). */
    public void load() {
        Optional<PublishedCourse> found = Ids.parse(course).flatMap(courses::latest);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        published = found.get();
        courseId = published.courseId();
        mine = attempts.mine().stream().filter(a -> a.courseId() == courseId).toList();
        lessonsSeen = getRunning() == null ? Set.of()
                : attempts.find(getRunning().attemptId()).map(v -> v.position().lessonsSeen()).orElse(Set.of());
    }

    /** Starts a new attempt or resumes the running one, and opens the player. */
    public String start() {
        try {
            AttemptView attempt = attempts.start(courseId);
            return "/learn/play?faces-redirect=true&attempt=" + attempt.attemptId();
        } catch (AttemptRefusedException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    LearnTexts.text(learner.locale(), "attempt.refused." + e.reason().name()), null));
            return null;
        }
    }

    public CourseContent getContent() {
        return published.content();
    }

    public PublishedCourse getPublished() {
        return published;
    }

    /** The learner's attempts at this course, newest first. */
    public List<AttemptSummary> getAttempts() {
        return mine;
    }

    /** The attempt in progress; null when none. */
    public AttemptSummary getRunning() {
        return mine.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS).findFirst().orElse(null);
    }

    public boolean isPassed() {
        return mine.stream().anyMatch(a -> a.status() == AttemptStatus.PASSED);
    }

    /** Whether the start button shows: always to continue, else when the retake policy allows a new attempt. */
    public boolean isStartable() {
        if (getRunning() != null) {
            return true;
        }
        long finished = mine.stream().filter(a -> a.status().finished()).count();
        return published.content().retakePolicy().allowsNewAttempt((int) finished, isPassed());
    }

    public boolean seen(String lessonId) {
        return lessonsSeen.contains(lessonId);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
