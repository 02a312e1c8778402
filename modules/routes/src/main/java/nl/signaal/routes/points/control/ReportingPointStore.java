package nl.signaal.routes.points.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.entity.ReportingPoint;

/** Writes reporting points; runs in the caller's (boundary's) transaction. */
@Dependent
public class ReportingPointStore {

    @PersistenceContext(unitName = "routes")
    EntityManager em;

    /** Every stored point, read from the database (not the snapshot) so that checks before a write see the latest state. */
    public List<ReportingPointData> all() {
        return em.createNamedQuery(ReportingPoint.FIND_ALL, ReportingPoint.class).getResultList().stream()
                .map(ReportingPoint::toData).toList();
    }

    public Optional<ReportingPointData> find(long id) {
        return Optional.ofNullable(em.find(ReportingPoint.class, id)).map(ReportingPoint::toData);
    }

    /** Inserts a new point ({@code data.id()} null) or updates the stored one; returns it with its id. */
    public ReportingPointData save(ReportingPointData data) {
        if (data.id() == null) {
            ReportingPoint point = new ReportingPoint(data);
            em.persist(point);
            em.flush(); // the id, and the unique constraint's verdict, now rather than at commit
            return point.toData();
        }
        ReportingPoint point = em.find(ReportingPoint.class, data.id(), LockModeType.OPTIMISTIC);
        if (point == null) {
            throw new IllegalArgumentException("No reporting point " + data.id());
        }
        point.apply(data);
        return point.toData();
    }

    public boolean delete(long id) {
        ReportingPoint point = em.find(ReportingPoint.class, id);
        if (point == null) {
            return false;
        }
        em.remove(point);
        return true;
    }
}
