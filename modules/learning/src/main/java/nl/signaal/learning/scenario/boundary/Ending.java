package nl.signaal.learning.scenario.boundary;

import java.util.Objects;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.shared.LocalizedText;

/**
 * How the story ends.
 *
 * @param id           unique within the scenario
 * @param outcome      what the learner's choices led to
 * @param whatHappened what happened to the person in the story
 * @param routeAdvice  the route that should have been taken, in words
 * @param route        the same route as a block, resolved live for the learner's region
 * @param good         whether this is an ending where the person got help (for the summary's tone)
 */
public record Ending(String id, LocalizedText outcome, LocalizedText whatHappened, LocalizedText routeAdvice,
                     ContentBlock.ReportingRoute route, boolean good) {

    public Ending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(whatHappened, "whatHappened");
        Objects.requireNonNull(routeAdvice, "routeAdvice");
    }
}
