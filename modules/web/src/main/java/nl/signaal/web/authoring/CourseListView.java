package nl.signaal.web.authoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.signaal.learning.course.boundary.AuthoredCourse;
import nl.signaal.learning.course.boundary.CourseAuthoring;
import nl.signaal.learning.course.boundary.CourseCodeTakenException;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.DraftVersion;
import nl.signaal.learning.course.boundary.RetakePolicy;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.learn.LearnTexts;

/**
 * Backing bean of /trainer/courses/index.xhtml: every course with its published version and
 * draft, and the form that starts a new course (an empty draft the editor then fills).
 */
@Named
@ViewScoped
public class CourseListView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The database's rule for course codes. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    LanguagePreference language;

    private String code;
    private String title;
    private Sector sector = Sector.HEALTHCARE;
    private List<AuthoredCourse> courses;

    public List<AuthoredCourse> getCourses() {
        if (courses == null) {
            courses = authoring.overview();
        }
        return courses;
    }

    public String create() {
        String c = code == null ? "" : code.strip();
        boolean ok = true;
        if (!CODE.matcher(c).matches()) {
            error("new-course:code", "author.new.codeInvalid");
            ok = false;
        }
        if (title == null || title.isBlank()) {
            error("new-course:name", "author.new.nameRequired");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            CourseContent empty = new CourseContent(LocalizedText.of(title.strip(), ""), null, sector, Set.of(), List.of("nl"),
                    30, List.of(), 70, RetakePolicy.UNLIMITED, List.of(), List.of());
            DraftVersion draft = authoring.create(c, empty);
            return "/trainer/courses/edit?faces-redirect=true&id=" + draft.courseId();
        } catch (CourseCodeTakenException e) {
            error("new-course:code", "author.new.codeTaken", c);
            return null;
        }
    }

    private void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, LearnTexts.text(language.getLocale(), key, args), null));
    }

    public Sector[] getSectors() { return Sector.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
}
