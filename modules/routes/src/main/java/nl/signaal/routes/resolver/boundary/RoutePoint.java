package nl.signaal.routes.resolver.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.signaal.routes.points.boundary.ContactChannel;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;

/**
 * Who a step sends the reporter to, copied from the reporting point at resolution time so
 * that a route card is complete on its own.
 *
 * @param pointId           the reporting point's id
 * @param name              the point's name
 * @param areaName          the area this step's point is for (e.g. the police unit, the
 *                          safety region through which a regional meldpunt matched); null for national points
 * @param kind              what it does
 * @param scope             how far it reaches (REGION for a police unit)
 * @param channels          how to reach it, phone first
 * @param anonymousPossible null = unknown
 * @param confidence        UNCONFIRMED records must be shown as such
 * @param sourceUrl         where the facts come from
 * @param verifiedOn        null = not yet verified
 */
public record RoutePoint(Long pointId, String name, String areaName, PointKind kind, PointScope scope,
                         List<ContactChannel> channels, Boolean anonymousPossible, Confidence confidence,
                         String sourceUrl, LocalDate verifiedOn) {

    public RoutePoint {
        channels = List.copyOf(channels);
    }
}
