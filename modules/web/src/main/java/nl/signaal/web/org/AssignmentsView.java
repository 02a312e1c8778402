package nl.signaal.web.org;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.learning.course.boundary.CourseSummary;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.organisations.assignments.boundary.AssignmentView;
import nl.signaal.organisations.assignments.boundary.Assignments;
import nl.signaal.organisations.assignments.boundary.NewAssignment;
import nl.signaal.organisations.assignments.boundary.NewVersion;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import nl.signaal.organisations.departments.boundary.Departments;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.NotInYourOrganisationException;

/**
 * Backing bean of /org/assignments.xhtml: the org admin assigns published courses to the whole
 * organisation, a department (with its sub-departments), a sector or a job, with a due date and
 * an optional recurrence, and removes assignments. The organisations context checks every id
 * against the caller's organisation; the course title is read here from learning, as the REST
 * resource does.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient Departments departments;

    @Inject
    transient Courses courses;

    private List<AssignmentView> list = List.of();
    private List<DepartmentView> tree = List.of();
    private List<CourseSummary> published = List.of();
    private List<NewVersion> newVersions = List.of();

    private Long courseId;
    private Target target = Target.ORGANISATION;
    private Long departmentId;
    private Sector sector;
    private String job;
    private LocalDate dueDate;
    private Integer recurrenceMonths;

    public void load() {
        list = assignments.list();
        tree = departments.tree();
        published = courses.published(null, null, null, null);
        Map<Long, Integer> current = new HashMap<>();
        published.forEach(c -> current.put(c.courseId(), c.versionNumber()));
        newVersions = assignments.newVersions(current);
    }

    /** The org admin's answer to "version N was published: must everyone retake it?". */
    public void decide(NewVersion notice, boolean retake) {
        try {
            assignments.decideNewVersion(notice.courseId(), notice.version(), retake);
            OrgTexts.message(FacesMessage.SEVERITY_INFO, retake ? "org.assignments.version.retake" : "org.assignments.version.keep",
                    notice.courseTitle(), String.valueOf(notice.version()));
        } catch (Refusal r) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
        } catch (NotInYourOrganisationException e) {
            OrgTexts.notFound();
        }
        load();
    }

    public void create() {
        try {
            String title = courseId == null ? "" : courses.latest(courseId).map(c -> c.content().title().nl()).orElse("");
            AssignmentView created = assignments.create(new NewAssignment(courseId == null ? 0 : courseId, title, target,
                    target == Target.DEPARTMENT ? departmentId : null, target == Target.SECTOR ? sector : null,
                    target == Target.JOB ? job : null, dueDate, recurrenceMonths));
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.assignments.created", created.courseTitle());
            courseId = null;
            dueDate = null;
            recurrenceMonths = null;
            load();
        } catch (Refusal r) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotInYourOrganisationException e) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, "org.assignment.error.target");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void remove(AssignmentView assignment) {
        try {
            assignments.delete(assignment.id());
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.assignments.removed", assignment.courseTitle());
        } catch (NotInYourOrganisationException e) {
            OrgTexts.notFound();
        }
        load();
    }

    /** Whom the assignment is for, in words. */
    public String audience(AssignmentView a) {
        return switch (a.target()) {
            case ORGANISATION -> label("org.assignments.target.ORGANISATION", "");
            case DEPARTMENT -> label("org.assignments.for.department", a.department());
            case SECTOR -> label("org.assignments.for.sector", label("org.sector." + a.sector(), ""));
            case JOB -> label("org.assignments.for.job", a.job());
        };
    }

    public String label2(String key, String first, String second) {
        return OrgTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, List.of(first, second));
    }

    public String label(String key, String arg) {
        return OrgTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, List.of(arg == null ? "" : arg));
    }

    public Target[] getTargets() { return Target.values(); }
    public Sector[] getSectors() { return Sector.values(); }
    public List<AssignmentView> getList() { return list; }
    public List<DepartmentView> getTree() { return tree; }
    public List<CourseSummary> getPublished() { return published; }
    public List<NewVersion> getNewVersions() { return newVersions; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public Target getTarget() { return target; }
    public void setTarget(Target target) { this.target = target; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Integer getRecurrenceMonths() { return recurrenceMonths; }
    public void setRecurrenceMonths(Integer recurrenceMonths) { this.recurrenceMonths = recurrenceMonths; }
}
