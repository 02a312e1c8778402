package nl.signaal.routes.resolver.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.signaal.routes.points.entity.ReportingPoint;
import nl.signaal.routes.regions.entity.Municipality;
import nl.signaal.routes.regions.entity.Province;

/** Reads regions, municipalities and points from the database into a {@link RoutingData} snapshot. */
@Dependent
public class RoutingDataLoader {

    @PersistenceContext(unitName = "routes")
    EntityManager em;

    public RoutingData load() {
        var provinces = em.createNamedQuery(Province.FIND_ALL, Province.class).getResultList().stream()
                .map(Province::toRef).toList();
        var municipalities = em.createNamedQuery(Municipality.FIND_ALL, Municipality.class).getResultList().stream()
                .map(Municipality::toSummary).toList();
        var points = em.createNamedQuery(ReportingPoint.FIND_ALL, ReportingPoint.class).getResultList().stream()
                .map(ReportingPoint::toData).toList();
        return RoutingData.of(provinces, municipalities, points);
    }
}
