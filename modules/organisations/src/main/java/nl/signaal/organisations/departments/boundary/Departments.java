package nl.signaal.organisations.departments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * The caller's organisation's departments. Every id passed in is checked against the caller's
 * organisation ({@link TenantScope#find}); a foreign id fails exactly like a missing one.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class Departments {

    /** Longest department name; the column allows this much. */
    public static final int MAX_NAME = 120;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    /** All departments, depth-first and alphabetical, with their paths. */
    public java.util.List<DepartmentView> tree() {
        return treeOf().ordered();
    }

    public DepartmentView find(long id) {
        tenant.find(em, Department.class, id);
        return treeOf().find(id).orElseThrow();
    }

    /** A new department under {@code parentId} (null for top level). */
    public DepartmentView create(Long parentId, String name) {
        String clean = validName(name);
        if (parentId != null) {
            tenant.find(em, Department.class, parentId);
        }
        if (treeOf().nameTaken(parentId, clean, null)) {
            throw new Refusal("org.department.error.duplicate", clean);
        }
        Department department = new Department(tenant.organisationId(), parentId, clean);
        em.persist(department);
        em.flush();
        audit.record(caller.require(), "organisations", "Department", department.getId(), "create", clean);
        return treeOf().find(department.getId()).orElseThrow();
    }

    public DepartmentView rename(long id, String name) {
        Department department = tenant.find(em, Department.class, id);
        String clean = validName(name);
        if (treeOf().nameTaken(department.getParentId(), clean, id)) {
            throw new Refusal("org.department.error.duplicate", clean);
        }
        String before = department.getName();
        department.rename(clean);
        em.flush();
        audit.record(caller.require(), "organisations", "Department", id, "rename", before + " -> " + clean);
        return treeOf().find(id).orElseThrow();
    }

    /** Removes an empty department: one without sub-departments or members (active or not). */
    public void remove(long id) {
        Department department = tenant.find(em, Department.class, id);
        long children = tenant.query(em, Department.COUNT_CHILDREN, Long.class).setParameter("parent", id).getSingleResult();
        long members = tenant.query(em, Member.COUNT_IN_DEPARTMENT, Long.class).setParameter("department", id).getSingleResult();
        if (children > 0 || members > 0) {
            throw new Refusal("org.department.error.inuse", department.getName());
        }
        em.remove(department);
        audit.record(caller.require(), "organisations", "Department", id, "remove", department.getName());
    }

    private DepartmentTree treeOf() {
        return new DepartmentTree(tenant.query(em, Department.FIND_ALL, Department.class).getResultStream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new Refusal("org.department.error.name.required");
        }
        if (clean.contains("/") || clean.length() > MAX_NAME) {
            throw new Refusal("org.department.error.name.invalid", MAX_NAME);
        }
        return clean;
    }
}
