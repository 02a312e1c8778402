package nl.signaal.organisations.completions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
                + " WHERE f.organisationId = :organisation GROUP BY f.learnerSubject, f.courseId")
@NamedQuery(name = CompletionFact.LATEST_OF_SUBJECT,
        query = "SELECT f.courseId, MAX(f.completedAt) FROM CompletionFact f"
                + " WHERE f.organisationId = :organisation AND f.learnerSubject = :subject GROUP BY f.courseId")
public class CompletionFact implements TenantOwned {

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
}
