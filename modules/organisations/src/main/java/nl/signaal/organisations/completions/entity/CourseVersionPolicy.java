package nl.signaal.organisations.completions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * From which version of a course a completion counts for an organisation's assignments, and
 * the newest version its org admins have decided about. See V2.9 for the rules.
 */
@Entity
@Table(schema = "organisations", name = "course_version_policy")
@IdClass(CourseVersionPolicy.Key.class)
@NamedQuery(name = CourseVersionPolicy.FIND_ALL,
        query = "SELECT p FROM CourseVersionPolicy p WHERE p.organisationId = :organisation ORDER BY p.courseId")
@NamedQuery(name = CourseVersionPolicy.FIND_ONE,
        query = "SELECT p FROM CourseVersionPolicy p WHERE p.organisationId = :organisation AND p.courseId = :course")
public class CourseVersionPolicy implements TenantOwned {

    public static final String FIND_ALL = "CourseVersionPolicy.findAll";
    public static final String FIND_ONE = "CourseVersionPolicy.findOne";

    /**
     * The JPQL condition that a completion {@code f} counts: its version is not below the
     * organisation's minimum for that course (no row: every version counts).
     */
    public static final String COUNTS = "NOT EXISTS (SELECT p.courseId FROM CourseVersionPolicy p"
            + " WHERE p.organisationId = f.organisationId AND p.courseId = f.courseId AND p.minimumVersion > f.courseVersion)";

    /** The same condition in SQL, for native queries over {@code organisations.completion_fact f}. */
    public static final String COUNTS_SQL = "NOT EXISTS (SELECT 1 FROM organisations.course_version_policy p"
            + " WHERE p.organisation_id = f.organisation_id AND p.course_id = f.course_id AND p.minimum_version > f.course_version)";

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "minimum_version", nullable = false)
    private int minimumVersion;

    @Column(name = "known_version", nullable = false)
    private int knownVersion;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected CourseVersionPolicy() {
    }

    /** First sight of a course: every version up to {@code current} counts, nothing to decide yet. */
    public CourseVersionPolicy(long organisationId, long courseId, int current) {
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.minimumVersion = 1;
        this.knownVersion = current;
    }

    /**
     * The org admin's decision about {@code version}: whether it must be retaken (then earlier
     * versions no longer count) or earlier versions stay valid.
     */
    public void decide(int version, boolean retake, String by, OffsetDateTime at) {
        if (version > knownVersion) {
            knownVersion = version;
        }
        if (retake && version > minimumVersion) {
            minimumVersion = version;
        }
        decidedBy = by;
        decidedAt = at;
    }

    @Override
    public Long getOrganisationId() { return organisationId; }
    public Long getCourseId() { return courseId; }
    public int getMinimumVersion() { return minimumVersion; }
    public int getKnownVersion() { return knownVersion; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private Long courseId;

        public Key() {
        }

        public Key(Long organisationId, Long courseId) {
            this.organisationId = organisationId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(courseId, k.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, courseId);
        }
    }
}
