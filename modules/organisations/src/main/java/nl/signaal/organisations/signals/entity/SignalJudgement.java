package nl.signaal.organisations.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Whether one person of an organisation has missed, or recognised, one signal of one course —
 * at least once, over all their answers. Written only by {@code SignalRecorder} (an upsert that
 * only ever sets flags, so a repeated event changes nothing), read only in aggregates: never per
 * person, never the answer itself. The heat map reads {@link SignalTally}, which the database keeps
 * from these rows.
 */
@Entity
@Table(schema = "organisations", name = "signal_judgement")
public class SignalJudgement implements TenantOwned {

    @Id
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "learner_subject", nullable = false, updatable = false)
    private String learnerSubject;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "signal_id", nullable = false, updatable = false)
    private String signalId;

    @Column(nullable = false, updatable = false)
    private boolean missed;

    @Column(nullable = false, updatable = false)
    private boolean recognised;

    @Column(name = "first_at", nullable = false, updatable = false)
    private OffsetDateTime firstAt;

    @Column(name = "last_at", nullable = false, updatable = false)
    private OffsetDateTime lastAt;

    protected SignalJudgement() {
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public String getLearnerSubject() { return learnerSubject; }
    public long getCourseId() { return courseId; }
    public String getSignalId() { return signalId; }
    public boolean isMissed() { return missed; }
    public boolean isRecognised() { return recognised; }
    public OffsetDateTime getFirstAt() { return firstAt; }
    public OffsetDateTime getLastAt() { return lastAt; }
}
