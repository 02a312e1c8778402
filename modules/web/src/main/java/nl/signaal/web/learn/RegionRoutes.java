package nl.signaal.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.LessonRoutes;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.web.routes.RouteStepView;

/**
 * Resolves a lesson's or ending's reporting-route block live for the signed-in learner: their
 * organisation's municipality and the course's sector (through the learning context's
 * {@link LessonRoutes}, which asks the routes resolver). Nothing is cached beyond the page,
 * so a changed phone number shows on the next page.
 */
@RequestScoped
public class RegionRoutes {

    @Inject
    LessonRoutes lessonRoutes;

    @Inject
    Learner learner;

    public RegionRoute resolve(ContentBlock.ReportingRoute block, Sector sector) {
        Optional<String> municipality = learner.municipalityCode();
        if (municipality.isEmpty()) {
            return new RegionRoute(List.of(), "route.noMunicipality");
        }
        try {
            return new RegionRoute(RouteStepView.of(lessonRoutes.resolve(block, sector, municipality.get()), learner.locale()), null);
        } catch (UnknownMunicipalityException e) {
            return new RegionRoute(List.of(), "route.unknownMunicipality");
        }
    }
}
