package nl.signaal.learning.course.control;

import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.RouteQuery;

/**
 * Turns a lesson's reporting-route block into the routes context's question: the learner is
 * a professional of the course's sector (so the Meldcode rule applies to care and youth
 * work), in their organisation's municipality, about the block's form, for a minor when the
 * block says so. Not acute and not anonymous: the lesson teaches the standard route, and
 * 112 for acute danger is always the first step the resolver names when asked.
 */
public final class LessonRouteQuery {

    private LessonRouteQuery() {
    }

    public static RouteQuery of(ContentBlock.ReportingRoute block, Sector sector, String municipalityCode) {
        return RouteQuery.citizenIn(municipalityCode)
                .withProfessional(sector)
                .withForm(block.form())
                .withMinor(block.audience() == RouteAudience.MINOR);
    }
}
