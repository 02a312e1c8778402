package nl.signaal.organisations.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * A person working for an organisation, as the organisation knows them. Keycloak holds the
 * identity (password, login); this row holds where they work and whether they still do.
 * Deactivation keeps the row (and its history of courses and certificates elsewhere).
 */
@Entity
@Table(schema = "organisations", name = "member")
@NamedQuery(name = Member.FIND_ALL,
        query = "SELECT m FROM Member m WHERE m.organisationId = :organisation ORDER BY m.lastName, m.firstName, m.id")
@NamedQuery(name = Member.FIND_IN_DEPARTMENT,
        query = "SELECT m FROM Member m WHERE m.organisationId = :organisation AND m.departmentId = :department ORDER BY m.lastName, m.firstName, m.id")
@NamedQuery(name = Member.FIND_EMAILS,
        query = "SELECT LOWER(m.email) FROM Member m WHERE m.organisationId = :organisation")
@NamedQuery(name = Member.COUNT_IN_DEPARTMENT,
        query = "SELECT COUNT(m) FROM Member m WHERE m.organisationId = :organisation AND m.departmentId = :department")
@NamedQuery(name = Member.FIND_ACTIVE_AUDIENCE,
        query = "SELECT m.id, m.departmentId, m.sector, m.job, m.keycloakUserId FROM Member m WHERE m.organisationId = :organisation AND m.active = TRUE")
@NamedQuery(name = Member.FIND_ACTIVE_AUDIENCE_IN,
        query = "SELECT m.id, m.departmentId, m.sector, m.job, m.keycloakUserId FROM Member m WHERE m.organisationId = :organisation"
                + " AND m.active = TRUE AND (m.departmentId IN :departments OR (:withoutDepartment = TRUE AND m.departmentId IS NULL))",
        // the ids written into the SQL: a plan made for these departments (and without the branch for
        // members without a department when it is not asked for), not a generic one for any list
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
@NamedQuery(name = Member.FIND_BY_SUBJECT,
        query = "SELECT m FROM Member m WHERE m.organisationId = :organisation AND m.keycloakUserId = :subject")
public class Member implements TenantOwned {

    public static final String FIND_ALL = "Member.findAll";
    public static final String FIND_IN_DEPARTMENT = "Member.findInDepartment";
    public static final String FIND_EMAILS = "Member.findEmails";
    public static final String COUNT_IN_DEPARTMENT = "Member.countInDepartment";
    /** Active members as assignments see them (id, department, sector, job, Keycloak id), for the dashboard. */
    public static final String FIND_ACTIVE_AUDIENCE = "Member.findActiveAudience";
    /**
     * The same of some departments only ({@code :departments}, never empty) and, when
     * {@code :withoutDepartment}, of the members without a department.
     */
    public static final String FIND_ACTIVE_AUDIENCE_IN = "Member.findActiveAudienceIn";
    public static final String FIND_BY_SUBJECT = "Member.findBySubject";

    @Id
    @SequenceGenerator(name = "member_seq", schema = "organisations", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "keycloak_user_id", nullable = false, updatable = false)
    private String keycloakUserId;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String job;

    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "deactivated_at")
    private OffsetDateTime deactivatedAt;

    @Column(name = "deactivated_by")
    private String deactivatedBy;

    protected Member() {
    }

    public Member(long organisationId, String keycloakUserId, String username, String email, String firstName,
                  String lastName, Long departmentId, Sector sector, String job, OffsetDateTime createdAt, String createdBy) {
        this.organisationId = organisationId;
        this.keycloakUserId = keycloakUserId;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.departmentId = departmentId;
        this.sector = sector;
        this.job = job;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends membership; the row stays, with who ended it and when. */
    public void deactivate(OffsetDateTime at, String by) {
        if (!active) {
            return;
        }
        this.active = false;
        this.deactivatedAt = at;
        this.deactivatedBy = by;
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public String getKeycloakUserId() { return keycloakUserId; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public Long getDepartmentId() { return departmentId; }
    public Sector getSector() { return sector; }
    public String getJob() { return job; }
    public boolean isActive() { return active; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getDeactivatedAt() { return deactivatedAt; }
    public String getDeactivatedBy() { return deactivatedBy; }
}
