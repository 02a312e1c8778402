package nl.signaal.learning.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import nl.signaal.learning.course.control.LessonRouteQuery;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.RouteResolverService;
import nl.signaal.routes.resolver.boundary.RouteStep;

/**
 * The reporting route of a lesson or scenario ending, resolved live by the routes context
 * for the learner's municipality (the web looks it up from the learner's organisation) and
 * the course's sector. Nothing of the route is stored in a course, so a changed number or
 * a new regional meldpunt reaches every lesson at once.
 */
@Stateless
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public class LessonRoutes {

    @Inject
    RouteResolverService routes;

    /**
     * @throws nl.signaal.routes.resolver.boundary.UnknownMunicipalityException for an unknown municipality code
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RouteStep> resolve(ContentBlock.ReportingRoute block, Sector sector, String municipalityCode) {
        return routes.resolve(LessonRouteQuery.of(block, sector, municipalityCode));
    }
}
