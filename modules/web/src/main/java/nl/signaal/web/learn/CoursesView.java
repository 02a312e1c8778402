package nl.signaal.web.learn;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.learning.attempt.boundary.AttemptRefusedException;
import nl.signaal.learning.attempt.boundary.AttemptView;
import nl.signaal.learning.attempt.boundary.Attempts;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.organisations.assignments.boundary.Assignments;

/**
 * Backing bean of /learn/index.xhtml, the learner's sector home: the published courses, those
 * of the organisation's sectors first, each with where the learner stands and the one thing
 * to do next (start, continue, retake).
 */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Courses courses;

    @Inject
    transient Attempts attempts;

    @Inject
    transient Learner learner;

    @Inject
    transient Assignments assignments;

    private List<CourseCard> cards = List.of();

    public void load() {
        var sectors = learner.sectors();
        cards = CourseCard.of(courses.published(null, null, null, sectors.stream().findFirst().orElse(null)),
                attempts.mine(), sectors, assignments.mine());
    }

    /** Starts (or resumes: the learning context returns a running attempt) and opens the player. */
    public String start(long courseId) {
        try {
            AttemptView attempt = attempts.start(courseId);
            return "/learn/play?faces-redirect=true&attempt=" + attempt.attemptId();
        } catch (AttemptRefusedException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    LearnTexts.text(learner.locale(), "attempt.refused." + e.reason().name()), null));
            load();
            return null;
        }
    }

    /** The courses the organisation assigned to the learner, earliest due first. */
    public List<CourseCard> getAssigned() {
        return cards.stream().filter(CourseCard::assigned).toList();
    }

    public List<CourseCard> getOwnSector() {
        return cards.stream().filter(c -> !c.assigned() && c.ownSector()).toList();
    }

    public List<CourseCard> getOthers() {
        return cards.stream().filter(c -> !c.assigned() && !c.ownSector()).toList();
    }
}
