package nl.signaal.web.org;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import nl.signaal.organisations.departments.boundary.Departments;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.tenant.NotInYourOrganisationException;

/** Backing bean of /org/departments.xhtml: the department tree, adding, renaming and removing. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Departments departments;

    private List<DepartmentView> tree = List.of();
    private Long parent;
    private String name;
    private DepartmentView renaming;
    private String newName;

    public void load() {
        tree = departments.tree();
    }

    public void create() {
        try {
            DepartmentView created = departments.create(parent, name);
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.departments.created", created.path());
            name = null;
            load();
        } catch (Refusal r) {
            refused(r);
        }
    }

    public void startRename(DepartmentView department) {
        renaming = department;
        newName = department.name();
    }

    public void rename() {
        if (renaming == null) {
            return;
        }
        try {
            DepartmentView renamed = departments.rename(renaming.id(), newName);
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.departments.renamed", renamed.path());
            renaming = null;
            load();
        } catch (Refusal r) {
            refused(r);
        } catch (NotInYourOrganisationException e) {
            load();
        }
    }

    public void remove(DepartmentView department) {
        try {
            departments.remove(department.id());
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.departments.removed", department.path());
            load();
        } catch (Refusal r) {
            refused(r);
        } catch (NotInYourOrganisationException e) {
            load();
        }
    }

    private static void refused(Refusal r) {
        OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A text of the organisations bundle with one argument, for labels naming the department. */
    public String label(String key, String arg) {
        return OrgTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, List.of(arg));
    }

    /** Indentation for the tree column, in rem. */
    public String indent(DepartmentView d) {
        return "padding-left:" + (d.depth() * 1.5) + "rem";
    }

    public List<DepartmentView> getTree() { return tree; }
    public Long getParent() { return parent; }
    public void setParent(Long parent) { this.parent = parent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DepartmentView getRenaming() { return renaming; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
}
