package nl.signaal.learning.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One answer, written the moment it is given and never changed. Carries the learner,
 * organisation and version itself (not only through the attempt) so that reports such as
 * "which signals does this organisation's staff miss" read one table. Unique on
 * (attempt, answer id): a resubmitted answer cannot be stored twice even if two requests race.
 */
@Entity
@Table(schema = "learning", name = "attempt_event")
@NamedQuery(name = AttemptEvent.FOR_ATTEMPT, query = "SELECT e FROM AttemptEvent e WHERE e.attemptId = :attemptId ORDER BY e.sequenceNo")
public class AttemptEvent {

    public static final String FOR_ATTEMPT = "AttemptEvent.forAttempt";

    @Id
    @SequenceGenerator(name = "attempt_event_seq", schema = "learning", sequenceName = "attempt_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_event_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private Long attemptId;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private String answerId;

    @Column(name = "learner_subject", nullable = false, updatable = false)
    private String learnerSubject;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "course_version_id", nullable = false, updatable = false)
    private Long courseVersionId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Column(name = "node_id", updatable = false)
    private String nodeId;

    @Column(name = "choice_id", updatable = false)
    private String choiceId;

    @Column(nullable = false, updatable = false)
    private String answer;

    @Column(name = "signals_recognised", nullable = false, updatable = false)
    private String signalsRecognised;

    @Column(name = "signals_missed", nullable = false, updatable = false)
    private String signalsMissed;

    @Column(name = "correct_reporting_step", nullable = false, updatable = false)
    private boolean correctReportingStep;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    protected AttemptEvent() {
    }

    public AttemptEvent(Attempt attempt, String answerId, String itemId, String nodeId, String choiceId, String answer,
                        String signalsRecognised, String signalsMissed, boolean correctReportingStep, int points,
                        OffsetDateTime occurredAt, int sequenceNo) {
        this.attemptId = attempt.getId();
        this.learnerSubject = attempt.getLearnerSubject();
        this.organisationCode = attempt.getOrganisationCode();
        this.courseVersionId = attempt.getCourseVersionId();
        this.answerId = answerId;
        this.itemId = itemId;
        this.nodeId = nodeId;
        this.choiceId = choiceId;
        this.answer = answer;
        this.signalsRecognised = signalsRecognised;
        this.signalsMissed = signalsMissed;
        this.correctReportingStep = correctReportingStep;
        this.points = points;
        this.occurredAt = occurredAt;
        this.sequenceNo = sequenceNo;
    }

    public Long getId() { return id; }
    public Long getAttemptId() { return attemptId; }
    public String getAnswerId() { return answerId; }
    public String getItemId() { return itemId; }
    public String getNodeId() { return nodeId; }
    public String getChoiceId() { return choiceId; }
    public String getAnswer() { return answer; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public int getSequenceNo() { return sequenceNo; }
}
