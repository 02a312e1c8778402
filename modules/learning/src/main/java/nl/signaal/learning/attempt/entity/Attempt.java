package nl.signaal.learning.attempt.entity;

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
import java.time.OffsetDateTime;
import nl.signaal.learning.attempt.boundary.AttemptStatus;

/**
 * One learner's attempt at one pinned course version. Every query for attempts names the
 * learner's subject: there is no query by id alone.
 */
@Entity
@Table(schema = "learning", name = "attempt")
@NamedQuery(name = Attempt.FIND_OWN, query = "SELECT a FROM Attempt a WHERE a.id = :id AND a.learnerSubject = :subject")
@NamedQuery(name = Attempt.FIND_IN_PROGRESS, query = "SELECT a FROM Attempt a WHERE a.learnerSubject = :subject"
        + " AND a.courseId = :courseId AND a.status = nl.signaal.learning.attempt.boundary.AttemptStatus.IN_PROGRESS")
@NamedQuery(name = Attempt.FIND_FINISHED, query = "SELECT a FROM Attempt a WHERE a.learnerSubject = :subject"
        + " AND a.courseId = :courseId AND a.status <> nl.signaal.learning.attempt.boundary.AttemptStatus.IN_PROGRESS")
@NamedQuery(name = Attempt.FIND_ALL_OWN, query = "SELECT a FROM Attempt a WHERE a.learnerSubject = :subject ORDER BY a.startedAt DESC")
public class Attempt {

    public static final String FIND_OWN = "Attempt.findOwn";
    public static final String FIND_IN_PROGRESS = "Attempt.findInProgress";
    public static final String FIND_FINISHED = "Attempt.findFinished";
    public static final String FIND_ALL_OWN = "Attempt.findAllOwn";

    @Id
    @SequenceGenerator(name = "attempt_seq", schema = "learning", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @Column(name = "learner_subject", nullable = false, updatable = false)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false, updatable = false)
    private String learnerName;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(name = "course_version_id", nullable = false, updatable = false)
    private Long courseVersionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected Attempt() {
    }

    public Attempt(String learnerSubject, String learnerName, String organisationCode, long courseId, long courseVersionId,
                   int versionNumber, OffsetDateTime startedAt) {
        this.learnerSubject = learnerSubject;
        this.learnerName = learnerName;
        this.organisationCode = organisationCode;
        this.courseId = courseId;
        this.courseVersionId = courseVersionId;
        this.versionNumber = versionNumber;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = startedAt;
    }

    public void finish(AttemptStatus outcome, int score, OffsetDateTime at) {
        this.status = outcome;
        this.scorePercent = score;
        this.finishedAt = at;
    }

    public Long getId() { return id; }
    public String getLearnerSubject() { return learnerSubject; }
    public String getLearnerName() { return learnerName; }
    public String getOrganisationCode() { return organisationCode; }
    public Long getCourseId() { return courseId; }
    public Long getCourseVersionId() { return courseVersionId; }
    public int getVersionNumber() { return versionNumber; }
    public AttemptStatus getStatus() { return status; }
    public Integer getScorePercent() { return scorePercent; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
}
