package nl.signaal.organisations.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * Per organisation and department the figures number of the last change of its people or their
 * completions (V2.16, docs/adr/0010): a server holding the completion part of number N computes
 * again only the departments noted after N. The key is the department's id, {@value #NO_DEPARTMENT}
 * for active members without a department and {@value #NO_MEMBER} for people without a member row.
 * Never written by Java, hence no setters.
 */
@Entity
@Table(schema = "organisations", name = "dashboard_department_change")
@IdClass(DashboardDepartmentChange.Key.class)
@NamedQuery(name = DashboardDepartmentChange.SINCE,
        query = "SELECT c.departmentKey FROM DashboardDepartmentChange c WHERE c.organisationId = :organisation AND c.revision > :since")
public class DashboardDepartmentChange implements TenantOwned {

    /** The keys of the caller's organisation's departments changed after figures number {@code :since} (longs). */
    public static final String SINCE = "DashboardDepartmentChange.since";

    /** The key of active members without a department. */
    public static final long NO_DEPARTMENT = 0L;
    /** The key of people without a member row (their certificates count as "no department"). */
    public static final long NO_MEMBER = -1L;

    /** The primary key. */
    public static class Key implements Serializable {
        private Long organisationId;
        private Long departmentKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(departmentKey, k.departmentKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, departmentKey);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "department_key")
    private Long departmentKey;

    @Column(name = "revision", insertable = false, updatable = false)
    private long revision;

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getDepartmentKey() {
        return departmentKey;
    }

    public long getRevision() {
        return revision;
    }
}
