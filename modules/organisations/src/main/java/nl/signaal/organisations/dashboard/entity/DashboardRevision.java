package nl.signaal.organisations.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Per organisation the numbers that tell whether dashboard parts computed earlier still hold (the
 * view {@code dashboard_revisions}, docs/adr/0010). The database raises them in the same
 * transaction as the changes they guard:
 * <ul>
 * <li>{@code figures}: members, departments, assignments, completions, version decisions and
 * settings — what the completion figures, expiring certificates and trend are computed from
 * (triggers of V2.14);</li>
 * <li>{@code signals}: the organisation's signal tally — the heat map's counts (V2.15);</li>
 * <li>{@code labels}: the wording of every signal and course title, shared by all organisations (V2.15);</li>
 * <li>{@code everythingAt}: the figures number of the last change that touches every department (a
 * department moved to another parent); {@code treeAt}: of the last department created, renamed or
 * removed (V2.18); {@code trendAt}: of the last change of completion facts; {@code coursesAt}: of the
 * last change of assignments, whose courses are noted ({@link DashboardCourseChange}, V2.17). Changes of
 * one department's people or completions are noted per department ({@link DashboardDepartmentChange}, V2.16).</li>
 * </ul>
 * A part computed after reading the numbers still holds while they are the same. Never written by
 * Java, hence no setters.
 */
@Entity
@Table(schema = "organisations", name = "dashboard_revisions")
@NamedQuery(name = DashboardRevision.OF_ORGANISATION,
        query = "SELECT r.figures, r.signals, r.labels, r.everythingAt, r.trendAt, r.coursesAt, r.treeAt FROM DashboardRevision r"
                + " WHERE r.organisationId = :organisation")
public class DashboardRevision implements TenantOwned {

    /** The caller's organisation's numbers: figures, signals, labels, everything at, trend at, courses at, tree at (longs). */
    public static final String OF_ORGANISATION = "DashboardRevision.ofOrganisation";

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "figures", insertable = false, updatable = false)
    private long figures;

    @Column(name = "signals", insertable = false, updatable = false)
    private long signals;

    @Column(name = "labels", insertable = false, updatable = false)
    private long labels;

    @Column(name = "everything_at", insertable = false, updatable = false)
    private long everythingAt;

    @Column(name = "trend_at", insertable = false, updatable = false)
    private long trendAt;

    @Column(name = "courses_at", insertable = false, updatable = false)
    private long coursesAt;

    @Column(name = "tree_at", insertable = false, updatable = false)
    private long treeAt;

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public long getFigures() {
        return figures;
    }

    public long getSignals() {
        return signals;
    }

    public long getLabels() {
        return labels;
    }

    public long getEverythingAt() {
        return everythingAt;
    }

    public long getTrendAt() {
        return trendAt;
    }

    public long getCoursesAt() {
        return coursesAt;
    }

    public long getTreeAt() {
        return treeAt;
    }
}
