package nl.signaal.organisations.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * A published course assigned to (part of) an organisation, due on a date and, when it
 * recurs, again every so many months after each completion. The course is referred to by id
 * with its title cached, so lists never ask learning.
 */
@Entity
@Table(schema = "organisations", name = "assignment")
@NamedQuery(name = Assignment.FIND_RULES,
        query = "SELECT a.id, a.courseId, a.courseTitle, a.target, a.departmentId, a.sector, a.job, a.dueDate, a.recurrenceMonths"
                + " FROM Assignment a WHERE a.organisationId = :organisation ORDER BY a.dueDate, a.courseTitle, a.id")
@NamedQuery(name = Assignment.FIND_ALL,
        query = "SELECT a FROM Assignment a WHERE a.organisationId = :organisation ORDER BY a.dueDate, a.courseTitle, a.id")
public class Assignment implements TenantOwned {

    /**
     * Every assignment as the audience rules need it (id, course id, title, target, department,
     * sector, job, due date, recurrence), read from the database every time — never from the shared
     * entity cache, which a change by another server or a script leaves stale (docs/adr/0011).
     */
    public static final String FIND_RULES = "Assignment.findRules";
    public static final String FIND_ALL = "Assignment.findAll";

    @Id
    @SequenceGenerator(name = "assignment_seq", schema = "organisations", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Target target;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Sector sector;

    @Column(updatable = false)
    private String job;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "recurrence_months")
    private Integer recurrenceMonths;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Assignment() {
    }

    public Assignment(long organisationId, long courseId, String courseTitle, Target target, Long departmentId, Sector sector,
                      String job, LocalDate dueDate, Integer recurrenceMonths, OffsetDateTime createdAt, String createdBy) {
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.target = target;
        this.departmentId = departmentId;
        this.sector = sector;
        this.job = job;
        this.dueDate = dueDate;
        this.recurrenceMonths = recurrenceMonths;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public long getCourseId() { return courseId; }
    public String getCourseTitle() { return courseTitle; }
    public Target getTarget() { return target; }
    public Long getDepartmentId() { return departmentId; }
    public Sector getSector() { return sector; }
    public String getJob() { return job; }
    public LocalDate getDueDate() { return dueDate; }
    public Integer getRecurrenceMonths() { return recurrenceMonths; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
