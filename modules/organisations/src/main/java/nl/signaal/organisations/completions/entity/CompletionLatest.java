package nl.signaal.organisations.completions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Per organisation, person and course: their latest completion (any version: the certificate they
 * hold) and their latest completion that counts under the organisation's {@link CourseVersionPolicy}.
 * A summary of {@link CompletionFact}, kept by the database in the same transaction as the facts,
 * the version decisions and the organisation's default validity (triggers of V2.11,
 * docs/adr/0009), so the dashboard reads one row per person and course instead of grouping every
 * completion on every load. Never written by Java, hence no setters.
 */
@Entity
@Table(schema = "organisations", name = "completion_latest")
@IdClass(CompletionLatest.Key.class)
@NamedQuery(name = CompletionLatest.COUNTING,
        query = "SELECT l.learnerSubject, l.courseId, l.countingDay FROM CompletionLatest l"
                + " WHERE l.organisationId = :organisation AND l.countingDay IS NOT NULL")
@NamedQuery(name = CompletionLatest.EXPIRING,
        query = "SELECT m.departmentId, l.courseId, MAX(l.courseTitle), COUNT(l), MIN(l.validUntil)"
                + " FROM CompletionLatest l, Member m"
                + " WHERE l.organisationId = :organisation AND m.organisationId = :organisation AND m.active = TRUE"
                + " AND m.keycloakUserId = l.learnerSubject AND l.validUntil BETWEEN :from AND :until"
                + " GROUP BY m.departmentId, l.courseId")
@NamedQuery(name = CompletionLatest.EXPIRING_WITHOUT_MEMBER,
        query = "SELECT l.courseId, MAX(l.courseTitle), COUNT(l), MIN(l.validUntil)"
                + " FROM CompletionLatest l"
                + " WHERE l.organisationId = :organisation AND l.validUntil BETWEEN :from AND :until"
                + " AND NOT EXISTS (SELECT m.id FROM Member m WHERE m.organisationId = :organisation AND m.keycloakUserId = l.learnerSubject)"
                + " GROUP BY l.courseId")
@NamedQuery(name = CompletionLatest.COUNTING_OF_COURSES,
        query = "SELECT l.learnerSubject, l.courseId, l.countingDay FROM CompletionLatest l"
                + " WHERE l.organisationId = :organisation AND l.countingDay IS NOT NULL AND l.courseId IN :courses",
        // the ids written into the SQL: a plan made for these courses, not a generic one for any list
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
@NamedQuery(name = CompletionLatest.COUNTING_IN,
        query = "SELECT l.learnerSubject, l.courseId, l.countingDay FROM CompletionLatest l, Member m"
                + " WHERE l.organisationId = :organisation AND m.organisationId = :organisation AND m.active = TRUE"
                + " AND m.keycloakUserId = l.learnerSubject AND l.countingDay IS NOT NULL"
                + " AND (m.departmentId IN :departments OR (:withoutDepartment = TRUE AND m.departmentId IS NULL))",
        // the ids written into the SQL: a plan made for these departments (and without the branch for
        // members without a department when it is not asked for), not a generic one for any list
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
@NamedQuery(name = CompletionLatest.EXPIRING_IN,
        query = "SELECT m.departmentId, l.courseId, MAX(l.courseTitle), COUNT(l), MIN(l.validUntil)"
                + " FROM CompletionLatest l, Member m"
                + " WHERE l.organisationId = :organisation AND m.organisationId = :organisation AND m.active = TRUE"
                + " AND m.keycloakUserId = l.learnerSubject AND l.validUntil BETWEEN :from AND :until"
                + " AND (m.departmentId IN :departments OR (:withoutDepartment = TRUE AND m.departmentId IS NULL))"
                + " GROUP BY m.departmentId, l.courseId",
        // the ids written into the SQL: a plan made for these departments (and without the branch for
        // members without a department when it is not asked for), not a generic one for any list
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
public class CompletionLatest implements TenantOwned {

    /**
     * Per person and course the Dutch day of their latest completion that counts for assignments
     * (as days since 1970-01-01: {@code LocalDate.ofEpochDay}), what the completion figures need —
     * the day of the maximum over {@link CompletionFact} with {@link CourseVersionPolicy#COUNTS}.
     * A number rather than a DATE because a large organisation has 60,000 of these rows and the
     * JDBC driver turns each DATE into a {@code java.sql.Date} through a calendar first.
     */
    public static final String COUNTING = "CompletionLatest.counting";
    /**
     * Per department (of active members) and course: how many people's latest certificate runs out
     * between {@code :from} and {@code :until}, and the first such day.
     */
    public static final String EXPIRING = "CompletionLatest.expiring";
    /**
     * {@link #COUNTING} of the active members of some departments only ({@code :departments}, never
     * empty) and, when {@code :withoutDepartment}, of those without a department.
     */
    public static final String COUNTING_IN = "CompletionLatest.countingIn";
    /** {@link #COUNTING} of some courses only ({@code :courses}, never empty). */
    public static final String COUNTING_OF_COURSES = "CompletionLatest.countingOfCourses";
    /** {@link #EXPIRING} of some departments only, as {@link #COUNTING_IN}. */
    public static final String EXPIRING_IN = "CompletionLatest.expiringIn";
    /** The same per course for people without a member row (they count as "no department"). */
    public static final String EXPIRING_WITHOUT_MEMBER = "CompletionLatest.expiringWithoutMember";

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "learner_subject")
    private String learnerSubject;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "latest_fact_id", insertable = false, updatable = false)
    private long latestFactId;

    @Column(name = "latest_at", insertable = false, updatable = false)
    private OffsetDateTime latestAt;

    @Column(name = "completed_on", insertable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "validity_months", insertable = false, updatable = false)
    private Integer validityMonths;

    @Column(name = "course_title", insertable = false, updatable = false)
    private String courseTitle;

    /** The last day the latest certificate is valid (course validity, else the organisation's default); null: never ends. */
    @Column(name = "valid_until", insertable = false, updatable = false)
    private LocalDate validUntil;

    /** The latest completion that counts under the version policy; null when none does. */
    @Column(name = "counting_at", insertable = false, updatable = false)
    private OffsetDateTime countingAt;

    /** Its Dutch calendar day as days since 1970-01-01 (generated by the database). */
    @Column(name = "counting_day", insertable = false, updatable = false)
    private Integer countingDay;

    protected CompletionLatest() {
    }

    @Override
    public Long getOrganisationId() { return organisationId; }
    public String getLearnerSubject() { return learnerSubject; }
    public Long getCourseId() { return courseId; }
    public long getLatestFactId() { return latestFactId; }
    public OffsetDateTime getLatestAt() { return latestAt; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Integer getValidityMonths() { return validityMonths; }
    public String getCourseTitle() { return courseTitle; }
    public LocalDate getValidUntil() { return validUntil; }
    public OffsetDateTime getCountingAt() { return countingAt; }
    public Integer getCountingDay() { return countingDay; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private String learnerSubject;
        private Long courseId;

        public Key() {
        }

        public Key(Long organisationId, String learnerSubject, Long courseId) {
            this.organisationId = organisationId;
            this.learnerSubject = learnerSubject;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(learnerSubject, k.learnerSubject) && Objects.equals(courseId, k.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, learnerSubject, courseId);
        }
    }
}
