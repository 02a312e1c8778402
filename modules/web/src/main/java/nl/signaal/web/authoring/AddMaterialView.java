package nl.signaal.web.authoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;
import nl.signaal.catalogue.materials.boundary.Materials;
import nl.signaal.learning.course.boundary.AuthoredCourse;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseAuthoring;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.learning.course.boundary.PublishedCourse;
import nl.signaal.learning.course.boundary.DraftVersion;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.learn.LearnTexts;

/**
 * Backing bean of /trainer/courses/add-material.xhtml?material=…: the catalogue's "use in a
 * course". The trainer picks a course and one of its lessons; the material becomes a block
 * of that course's draft (opened from the latest published version when there is none),
 * placed before the lesson's closing reporting route.
 */
@Named
@ViewScoped
public class AddMaterialView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Materials materials;

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    transient Courses courses;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LanguagePreference language;

    private Long material;
    private MaterialSummary found;
    private Long courseId;
    private String lessonId;
    private List<Lesson> lessons = List.of();

    public void load() {
        found = material == null ? null : materials.find(caller.require(), material).orElse(null);
        if (found == null) {
            message(FacesMessage.SEVERITY_ERROR, text("author.material.notFound"));
        }
    }

    public List<AuthoredCourse> getCourses() {
        return authoring.overview();
    }

    /** After choosing a course: its lessons, from the draft or else the latest published version. */
    public void chooseCourse() {
        lessonId = null;
        lessons = courseId == null ? List.of() : currentContent(courseId).map(CourseContent::lessons).orElse(List.of());
        if (courseId != null && lessons.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, text("author.material.noLessons"));
        }
    }

    private Optional<CourseContent> currentContent(long id) {
        return authoring.draft(id).map(DraftVersion::content).or(() -> courses.latest(id).map(PublishedCourse::content));
    }

    public String add() {
        if (found == null || courseId == null || lessonId == null) {
            return null;
        }
        DraftVersion draft = authoring.draft(courseId).orElseGet(() -> authoring.openDraft(courseId));
        CourseContent c = draft.content();
        List<Lesson> changed = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < c.lessons().size(); i++) {
            Lesson lesson = c.lessons().get(i);
            if (lesson.id().equals(lessonId)) {
                number = i + 1;
                List<ContentBlock> blocks = new ArrayList<>(lesson.blocks());
                int at = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ContentBlock.ReportingRoute
                        ? blocks.size() - 1 : blocks.size();
                blocks.add(at, new ContentBlock.Material(found.id(), LocalizedText.of(found.title(), ""), found.licence()));
                lesson = new Lesson(lesson.id(), lesson.title(), blocks);
            }
            changed.add(lesson);
        }
        if (number == 0) {
            return null;
        }
        authoring.saveDraft(courseId, new CourseContent(c.title(), c.summary(), c.sector(), c.forms(), c.languages(),
                c.estimatedMinutes(), c.learningGoals(), c.passMark(), c.retakePolicy(), changed, c.quiz()));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        message(FacesMessage.SEVERITY_INFO, text("author.material.added", found.title(), number));
        return "/trainer/courses/edit?faces-redirect=true&id=" + courseId;
    }

    private String text(String key, Object... args) {
        return LearnTexts.text(language.getLocale(), key, args);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getLead() {
        return found == null ? "" : text("author.material.lead", found.title());
    }

    public Long getMaterial() { return material; }
    public void setMaterial(Long material) { this.material = material; }
    public MaterialSummary getFound() { return found; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public String getLessonId() { return lessonId; }
    public void setLessonId(String lessonId) { this.lessonId = lessonId; }
    public List<Lesson> getLessons() { return lessons; }
}
