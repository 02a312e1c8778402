package nl.signaal.organisations.completions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * That someone of an organisation completed one version of a course, as learning announced it.
 * Written only by {@code CompletionRecorder} (an idempotent insert), read only in aggregates,
 * so the entity has no setters and no generated id.
 */
@Entity
@Table(schema = "organisations", name = "completion_fact")
@NamedQuery(name = CompletionFact.LATEST_PER_SUBJECT_AND_COURSE,
        query = "SELECT f.learnerSubject, f.courseId, MAX(f.completedAt) FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND " + CourseVersionPolicy.COUNTS
                + " GROUP BY f.learnerSubject, f.courseId")
@NamedQuery(name = CompletionFact.LATEST_OF_SUBJECT,
        query = "SELECT f.courseId, MAX(f.completedAt) FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND f.learnerSubject = :subject AND " + CourseVersionPolicy.COUNTS
                + " GROUP BY f.courseId")
@NamedQuery(name = CompletionFact.EXPIRING,
        query = "SELECT m.departmentId, f.courseId, MAX(f.courseTitle), COUNT(DISTINCT f.learnerSubject), MIN(" + CompletionFact.VALID_UNTIL + ")"
                + " FROM CompletionFact f, Member m"
                + " WHERE f.organisationId = :organisation AND m.organisationId = :organisation AND m.active = TRUE"
                + " AND m.keycloakUserId = f.learnerSubject AND " + CompletionFact.VALID_UNTIL + " BETWEEN :from AND :until"
                + " AND NOT EXISTS (SELECT g.id FROM CompletionFact g WHERE g.organisationId = :organisation"
                + " AND g.learnerSubject = f.learnerSubject AND g.courseId = f.courseId AND g.completedAt > f.completedAt)"
                + " GROUP BY m.departmentId, f.courseId")
@NamedQuery(name = CompletionFact.EXPIRING_WITHOUT_MEMBER,
        query = "SELECT f.courseId, MAX(f.courseTitle), COUNT(DISTINCT f.learnerSubject), MIN(" + CompletionFact.VALID_UNTIL + ")"
                + " FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND " + CompletionFact.VALID_UNTIL + " BETWEEN :from AND :until"
                + " AND NOT EXISTS (SELECT m.id FROM Member m WHERE m.organisationId = :organisation AND m.keycloakUserId = f.learnerSubject)"
                + " AND NOT EXISTS (SELECT g.id FROM CompletionFact g WHERE g.organisationId = :organisation"
                + " AND g.learnerSubject = f.learnerSubject AND g.courseId = f.courseId AND g.completedAt > f.completedAt)"
                + " GROUP BY f.courseId")
@NamedQuery(name = CompletionFact.PER_DAY,
        query = "SELECT f.completedOn, COUNT(f) FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND f.completedOn BETWEEN :from AND :until GROUP BY f.completedOn")
@NamedQuery(name = CompletionFact.OF_SUBJECT,
        query = "SELECT f.courseId, f.courseTitle, f.completedAt, " + CompletionFact.VALID_UNTIL + " FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND f.learnerSubject = :subject ORDER BY f.completedAt")
@NamedQuery(name = CompletionFact.EXPORT,
        query = "SELECT f.learnerSubject, f.courseId, f.courseTitle, f.courseVersion, f.completedAt, f.scorePercent, "
                + CompletionFact.VALID_UNTIL + " FROM CompletionFact f WHERE f.organisationId = :organisation ORDER BY f.completedAt, f.id")
public class CompletionFact implements TenantOwned {

    /**
     * Per department (of active members) and course: how many people's latest certificate runs out
     * between {@code :from} and {@code :until}, and the first such day.
     */
    public static final String EXPIRING = "CompletionFact.expiring";
    /** The same per course for people without a member row (they count as "no department"). */
    public static final String EXPIRING_WITHOUT_MEMBER = "CompletionFact.expiringWithoutMember";
    /** Completions per Dutch calendar day between {@code :from} and {@code :until}, for the trend. */
    public static final String PER_DAY = "CompletionFact.perDay";
    /** One person's completions (course, title, time, last day of validity), oldest first. */
    public static final String OF_SUBJECT = "CompletionFact.ofSubject";
    /**
     * Every completion of the organisation with its last day of validity, oldest first: the HR export
     * ({@code CompletionExport}). Columns: subject, course id, title, version, completed at, score, valid until.
     */
    public static final String EXPORT = "CompletionFact.export";

    /**
     * The last day a completion's certificate is valid: its Dutch completion day plus the course's
     * validity, or else the organisation's default (read once, not per row); null — never expires —
     * when neither is set. Month arithmetic is PostgreSQL's (31 January + 1 month = 28/29 February,
     * as {@code LocalDate.plusMonths}).
     */
    public static final String VALID_UNTIL = "SQL('CAST(? + make_interval(months => COALESCE(?, (SELECT o.certificate_validity_months"
            + " FROM organisations.organisation o WHERE o.id = ?))) AS DATE)', f.completedOn, f.validityMonths, f.organisationId)";

    public static final String LATEST_PER_SUBJECT_AND_COURSE = "CompletionFact.latestPerSubjectAndCourse";
    public static final String LATEST_OF_SUBJECT = "CompletionFact.latestOfSubject";

    @Id
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "completion_id", nullable = false, updatable = false)
    private long completionId;

    @Column(name = "learner_subject", nullable = false, updatable = false)
    private String learnerSubject;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_version", nullable = false, updatable = false)
    private int courseVersion;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private OffsetDateTime completedAt;

    @Column(name = "score_percent", nullable = false, updatable = false)
    private int scorePercent;

    /** Generated by the database from {@code completed_at}: the Dutch calendar day. */
    @Column(name = "completed_on", insertable = false, updatable = false)
    private LocalDate completedOn;

    /** The course's certificate validity as the event named it; null: the organisation's default applies. */
    @Column(name = "validity_months", updatable = false)
    private Integer validityMonths;

    @Column(name = "course_title", updatable = false)
    private String courseTitle;

    protected CompletionFact() {
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public long getCompletionId() { return completionId; }
    public String getLearnerSubject() { return learnerSubject; }
    public Long getMemberId() { return memberId; }
    public long getCourseId() { return courseId; }
    public int getCourseVersion() { return courseVersion; }
    public OffsetDateTime getCompletedAt() { return completedAt; }
    public int getScorePercent() { return scorePercent; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Integer getValidityMonths() { return validityMonths; }
    public String getCourseTitle() { return courseTitle; }
}
