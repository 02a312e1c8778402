package nl.signaal.web.org;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import nl.signaal.organisations.departments.boundary.Departments;
import nl.signaal.organisations.members.boundary.AddedMember;
import nl.signaal.organisations.members.boundary.MemberView;
import nl.signaal.organisations.members.boundary.Members;
import nl.signaal.organisations.members.boundary.NewMember;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.NotInYourOrganisationException;
import nl.signaal.platform.time.Clocks;

/**
 * Backing bean of /org/members.xhtml: the organisation's staff, filtered by department
 * ({@code ?department=<id>}, 404 when not a department of the caller's organisation), adding
 * one person and deactivating one.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Inject
    transient Members members;

    @Inject
    transient Departments departments;

    private Long department;
    private boolean includeInactive;
    private List<MemberView> rows = List.of();
    private List<DepartmentView> departmentOptions = List.of();

    private String firstName;
    private String lastName;
    private String email;
    private Long newDepartment;
    private Sector sector;
    private String job;

    /** The view action: loads the list; an id of another organisation ends in 404. */
    public void load() {
        try {
            departmentOptions = departments.tree();
            rows = members.list(department, includeInactive);
        } catch (NotInYourOrganisationException e) {
            OrgTexts.notFound();
        }
    }

    public void add() {
        try {
            AddedMember added = members.add(new NewMember(firstName, lastName, email, newDepartment, sector, job));
            OrgTexts.message(FacesMessage.SEVERITY_INFO,
                    added.invitationSent() ? "org.members.added" : "org.members.added.noinvite", added.member().name());
            firstName = lastName = email = job = null;
            newDepartment = null;
            sector = null;
            rows = members.list(department, includeInactive);
        } catch (Refusal r) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void deactivate(MemberView member) {
        try {
            MemberView done = members.deactivate(member.id());
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.members.deactivated", done.name());
            rows = members.list(department, includeInactive);
        } catch (Refusal r) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
        }
    }

    public String inactiveText(MemberView m) {
        return OrgTexts.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "org.members.inactive", List.of(m.deactivatedAt() == null ? ""
                        : DATE.format(m.deactivatedAt().atZoneSameInstant(Clocks.AMSTERDAM)), String.valueOf(m.deactivatedBy())));
    }

    /** A text of the organisations bundle with one argument, e.g. the aria-label "Deactivate Anna de Vries". */
    public String label(String key, String arg) {
        return OrgTexts.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, List.of(arg));
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public List<MemberView> getRows() { return rows; }
    public List<DepartmentView> getDepartmentOptions() { return departmentOptions; }
    public Long getDepartment() { return department; }
    public void setDepartment(Long department) { this.department = department; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getNewDepartment() { return newDepartment; }
    public void setNewDepartment(Long newDepartment) { this.newDepartment = newDepartment; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
}
