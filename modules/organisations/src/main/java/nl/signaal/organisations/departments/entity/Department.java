package nl.signaal.organisations.departments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * A department in an organisation's tree ("Zorg / Verpleging / Nachtdienst"). The parent is
 * kept as an id, not a relation: trees are read whole per organisation and built in memory
 * (see {@code DepartmentTree}), which costs one query however deep the tree is.
 */
@Entity
@Table(schema = "organisations", name = "department")
@NamedQuery(name = Department.FIND_TREE,
        query = "SELECT d.id, d.parentId, d.name FROM Department d WHERE d.organisationId = :organisation")
@NamedQuery(name = Department.FIND_ALL,
        query = "SELECT d FROM Department d WHERE d.organisationId = :organisation ORDER BY d.name")
@NamedQuery(name = Department.COUNT_CHILDREN,
        query = "SELECT COUNT(d) FROM Department d WHERE d.organisationId = :organisation AND d.parentId = :parent")
public class Department implements TenantOwned {

    /**
     * The tree as values (id, parent id, name), read from the database every time — never from
     * EclipseLink's shared entity cache, which a rename by another server or a script leaves stale;
     * the dashboard reads it when its revision numbers say the tree changed (docs/adr/0011).
     */
    public static final String FIND_TREE = "Department.findTree";
    public static final String FIND_ALL = "Department.findAll";
    public static final String COUNT_CHILDREN = "Department.countChildren";

    @Id
    @SequenceGenerator(name = "department_seq", schema = "organisations", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    protected Department() {
    }

    public Department(long organisationId, Long parentId, String name) {
        this.organisationId = organisationId;
        this.parentId = parentId;
        this.name = name;
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }

    public void rename(String name) {
        this.name = name;
    }
}
