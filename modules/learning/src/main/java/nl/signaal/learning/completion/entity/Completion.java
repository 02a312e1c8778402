package nl.signaal.learning.completion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A completed course version; one per passed attempt (unique on the attempt). Never changed. */
@Entity
@Table(schema = "learning", name = "completion")
@NamedQuery(name = Completion.FIND_OWN, query = "SELECT c FROM Completion c WHERE c.learnerSubject = :subject ORDER BY c.completedAt DESC")
@NamedQuery(name = Completion.FIND_FOR_ATTEMPT, query = "SELECT c FROM Completion c WHERE c.attemptId = :attemptId")
public class Completion {

    public static final String FIND_OWN = "Completion.findOwn";
    public static final String FIND_FOR_ATTEMPT = "Completion.findForAttempt";

    @Id
    @SequenceGenerator(name = "completion_seq", schema = "learning", sequenceName = "completion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false, unique = true)
    private Long attemptId;

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

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(nullable = false, updatable = false)
    private String sector;

    @Column(name = "score_percent", nullable = false, updatable = false)
    private int scorePercent;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private OffsetDateTime completedAt;

    protected Completion() {
    }

    public Completion(long attemptId, String learnerSubject, String learnerName, String organisationCode, long courseId,
                      long courseVersionId, int versionNumber, String courseTitle, String sector, int scorePercent,
                      OffsetDateTime completedAt) {
        this.attemptId = attemptId;
        this.learnerSubject = learnerSubject;
        this.learnerName = learnerName;
        this.organisationCode = organisationCode;
        this.courseId = courseId;
        this.courseVersionId = courseVersionId;
        this.versionNumber = versionNumber;
        this.courseTitle = courseTitle;
        this.sector = sector;
        this.scorePercent = scorePercent;
        this.completedAt = completedAt;
    }

    public Long getId() { return id; }
    public Long getAttemptId() { return attemptId; }
    public String getLearnerSubject() { return learnerSubject; }
    public String getLearnerName() { return learnerName; }
    public String getOrganisationCode() { return organisationCode; }
    public Long getCourseId() { return courseId; }
    public Long getCourseVersionId() { return courseVersionId; }
    public int getVersionNumber() { return versionNumber; }
    public String getCourseTitle() { return courseTitle; }
    public String getSector() { return sector; }
    public int getScorePercent() { return scorePercent; }
    public OffsetDateTime getCompletedAt() { return completedAt; }
}
