package nl.signaal.organisations.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Per organisation × course × signal × group: how many people judged the signal and how many of
 * them missed it at least once. The group is an active member's department, or none (members
 * without a department and people without a member row); deactivated members are in no group. A
 * summary of {@link SignalJudgement} kept by the database in the same transaction as the
 * judgements and the member changes it depends on (triggers of V2.12, docs/adr/0009); never
 * written by Java, and only read as the heat map's counts — the privacy rules stay in
 * {@code SignalHeatMaps}.
 */
@Entity
@Table(schema = "organisations", name = "signal_tally")
@IdClass(SignalTally.Key.class)
@NamedQuery(name = SignalTally.HEAT_MAP,
        query = "SELECT t.courseId, t.signalId, SQL('string_agg(concat(?, '':'', ?, '':'', ?), '','')', t.departmentId, t.people, t.missed)"
                + " FROM SignalTally t WHERE t.organisationId = :organisation AND t.people > 0 GROUP BY t.courseId, t.signalId")
@NamedQuery(name = SignalTally.LABELS,
        query = "SELECT l.courseId, l.signalId, l.courseTitle, l.labelNl, l.labelEn FROM SignalLabel l WHERE EXISTS"
                + " (SELECT t.courseId FROM SignalTally t WHERE t.organisationId = :organisation AND t.courseId = l.courseId"
                + " AND t.signalId = l.signalId AND t.people > 0)",
        // the organisation's id written into the SQL: a prepared statement's generic plan, made for an
        // organisation of average size, reads all 22,600 tally rows of a large one (11 ms, not 1.4)
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
public class SignalTally implements TenantOwned {

    /**
     * Per course × signal, its groups as text — {@code department:people:missed} per group, separated by
     * commas, an empty department for "no department" ({@link #groups}): the people who judged the signal
     * and how many of them missed it, one entry per group rather than per person, read from the index
     * alone (joined with the labels, PostgreSQL preferred visiting every tally row's page). One row per
     * signal, not per group: for 10,000 staff in 184 departments that is 120 rows instead of 22,600,
     * which EclipseLink turned into objects at ~0.6 µs each (docs/adr/0010).
     */
    public static final String HEAT_MAP = "SignalTally.heatMap";
    /**
     * The wording of the signals in {@link #HEAT_MAP} (course id, signal id, course title, Dutch,
     * English); a count without a label is not shown, as before the tally.
     */
    public static final String LABELS = "SignalTally.labels";

    /** One group of a {@link #HEAT_MAP} row: department id (null: no department), people, missed. */
    public record Group(Long departmentId, int people, int missed) {
    }

    /** The groups of one {@link #HEAT_MAP} row, in the order the database wrote them. */
    public static java.util.List<Group> groups(String text) {
        java.util.List<Group> groups = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            int first = text.indexOf(':', start);
            int second = text.indexOf(':', first + 1);
            if (first < 0 || second < 0 || second >= end) {
                throw new IllegalArgumentException("Not a heat map group: " + text.substring(start, end));
            }
            groups.add(new Group(first == start ? null : Long.valueOf(text.substring(start, first)),
                    Integer.parseInt(text, first + 1, second, 10), Integer.parseInt(text, second + 1, end, 10)));
            start = end + 1;
        }
        return groups;
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Id
    @Column(name = "signal_id")
    private String signalId;

    /** Null: no department (or no member row). Part of the key; only ever read in projections. */
    @Id
    @Column(name = "department_id")
    private Long departmentId;

    @Column(insertable = false, updatable = false)
    private int people;

    @Column(insertable = false, updatable = false)
    private int missed;

    protected SignalTally() {
    }

    @Override
    public Long getOrganisationId() { return organisationId; }
    public Long getCourseId() { return courseId; }
    public String getSignalId() { return signalId; }
    public Long getDepartmentId() { return departmentId; }
    public int getPeople() { return people; }
    public int getMissed() { return missed; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private Long courseId;
        private String signalId;
        private Long departmentId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(courseId, k.courseId)
                    && Objects.equals(signalId, k.signalId) && Objects.equals(departmentId, k.departmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, courseId, signalId, departmentId);
        }
    }
}
