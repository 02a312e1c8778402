package nl.signaal.routes.tools;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.resolver.control.RoutingData;

/** The seeded data as the application would load it, without a database. */
public final class Fixtures {

    private static final RoutingData SEEDED = build();

    private Fixtures() {
    }

    /** All 342 municipalities and the seeded points, with ids 1, 2, 3… in seed order. */
    public static RoutingData seeded() {
        return SEEDED;
    }

    public static List<ReportingPointData> seededPointsWithIds() {
        List<ReportingPointData> points = new ArrayList<>();
        long id = 1;
        for (ReportingPointData p : SeedPoints.all()) {
            points.add(p.withId(id++));
        }
        return points;
    }

    private static RoutingData build() {
        ReferenceData reference = ReferenceData.load();
        return RoutingData.of(reference.provinces(), reference.municipalities(), seededPointsWithIds());
    }
}
