package nl.signaal.web.org;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.signaal.organisations.dashboard.boundary.CourseStatus;
import nl.signaal.organisations.dashboard.boundary.Dashboard;
import nl.signaal.organisations.dashboard.boundary.MemberStatus;
import nl.signaal.platform.tenant.NotInYourOrganisationException;

/**
 * Backing bean of /org/member.xhtml?id=…: the dashboard's drill-down to one member — their
 * courses, due dates, completions and certificates, never their answers. An id that is not a
 * member of the caller's organisation is a 404, decided by the service, not by this page.
 */
@Named
@ViewScoped
public class MemberStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Dashboard dashboard;

    private Long id;
    private MemberStatus status;

    public void load() {
        if (id == null) {
            OrgTexts.notFound();
            return;
        }
        try {
            status = dashboard.member(id);
        } catch (NotInYourOrganisationException e) {
            OrgTexts.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberStatus getStatus() {
        return status;
    }

    /** Where the person stands on a course, in words (also what the status colour means). */
    public String state(CourseStatus course) {
        String key = !course.assigned() ? "org.member.state.completed"
                : course.overdue() ? "org.member.state.overdue"
                : course.done() ? "org.member.state.done"
                : course.dueSoon() ? "org.member.state.duesoon"
                : "org.member.state.open";
        return texts().text(key);
    }

    public String date(LocalDate date) {
        return date == null ? texts().text("org.member.none") : texts().date(date);
    }

    public String validity(CourseStatus course) {
        if (course.validUntil() == null) {
            return course.lastCompleted() == null ? texts().text("org.member.none") : texts().text("org.member.noexpiry");
        }
        String date = texts().date(course.validUntil());
        if (course.validUntil().isBefore(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")))) {
            return texts().text("org.member.expired", date);
        }
        return course.expiringSoon() ? texts().text("org.member.expiring", date) : date;
    }

    public String course(CourseStatus course) {
        return texts().course(course.courseId(), course.courseTitle());
    }

    private DashboardTexts texts() {
        return new DashboardTexts(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
