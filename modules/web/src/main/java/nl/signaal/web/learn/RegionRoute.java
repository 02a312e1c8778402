package nl.signaal.web.learn;

import java.util.List;
import nl.signaal.web.routes.RouteStepView;

/**
 * A reporting-route block as resolved for the learner's region: the steps, or — when the
 * learner's organisation has no (known) municipality — none, with the bundle key saying why,
 * so the page shows that instead of a route for the wrong region.
 *
 * @param steps      in order; empty when not resolved
 * @param problemKey {@code lrn} bundle key of the reason there are no steps; null when resolved
 */
public record RegionRoute(List<RouteStepView> steps, String problemKey) {

    public RegionRoute {
        steps = List.copyOf(steps);
    }

    public boolean resolved() {
        return problemKey == null;
    }
}
