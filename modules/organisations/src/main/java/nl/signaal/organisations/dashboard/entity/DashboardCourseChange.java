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
 * Per organisation and course the figures number of the last change of the course's assignments
 * (V2.17, docs/adr/0010): a server holding the completion part of number N computes again only the
 * figures of the courses noted after N. Never written by Java, hence no setters.
 */
@Entity
@Table(schema = "organisations", name = "dashboard_course_change")
@IdClass(DashboardCourseChange.Key.class)
@NamedQuery(name = DashboardCourseChange.SINCE,
        query = "SELECT c.courseId FROM DashboardCourseChange c WHERE c.organisationId = :organisation AND c.revision > :since")
public class DashboardCourseChange implements TenantOwned {

    /** The ids of the caller's organisation's courses whose assignments changed after figures number {@code :since} (longs). */
    public static final String SINCE = "DashboardCourseChange.since";

    /** The primary key. */
    public static class Key implements Serializable {
        private Long organisationId;
        private Long courseId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(courseId, k.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, courseId);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "revision", insertable = false, updatable = false)
    private long revision;

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public long getRevision() {
        return revision;
    }
}
