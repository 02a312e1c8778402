package nl.signaal.organisations.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Whether one person of an organisation has missed, or recognised, one signal of one course —
 * at least once, over all their answers. Written only by {@code SignalRecorder} (an upsert that
 * only ever sets flags, so a repeated event changes nothing), read only in aggregates: never per
 * person, never the answer itself.
 */
@Entity
@Table(schema = "organisations", name = "signal_judgement")
@NamedQuery(name = SignalJudgement.HEAT_MAP,
        query = "SELECT j.courseId, j.signalId, l.courseTitle, l.labelNl, l.labelEn, m.departmentId, COUNT(j),"
                + " SUM(CASE WHEN j.missed = TRUE THEN 1 ELSE 0 END)"
                + " FROM SignalJudgement j, SignalLabel l, Member m"
                + " WHERE j.organisationId = :organisation AND m.organisationId = :organisation AND m.active = TRUE"
                + " AND m.keycloakUserId = j.learnerSubject AND l.courseId = j.courseId AND l.signalId = j.signalId"
                + " GROUP BY j.courseId, j.signalId, l.courseTitle, l.labelNl, l.labelEn, m.departmentId")
@NamedQuery(name = SignalJudgement.HEAT_MAP_WITHOUT_MEMBER,
        query = "SELECT j.courseId, j.signalId, l.courseTitle, l.labelNl, l.labelEn, COUNT(j),"
                + " SUM(CASE WHEN j.missed = TRUE THEN 1 ELSE 0 END)"
                + " FROM SignalJudgement j, SignalLabel l"
                + " WHERE j.organisationId = :organisation AND l.courseId = j.courseId AND l.signalId = j.signalId"
                + " AND NOT EXISTS (SELECT m.id FROM Member m WHERE m.organisationId = :organisation AND m.keycloakUserId = j.learnerSubject)"
                + " GROUP BY j.courseId, j.signalId, l.courseTitle, l.labelNl, l.labelEn")
public class SignalJudgement implements TenantOwned {

    /**
     * Per course × signal × department of the active members: how many people judged the signal
     * and how many of them missed it at least once. One statement, whatever the organisation's size.
     */
    public static final String HEAT_MAP = "SignalJudgement.heatMap";
    /**
     * The same per course × signal for people the token places in the organisation who have no
     * member row (their department is unknown: they count as "no department"). Deactivated
     * members are in neither query.
     */
    public static final String HEAT_MAP_WITHOUT_MEMBER = "SignalJudgement.heatMapWithoutMember";

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
