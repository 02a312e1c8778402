package nl.signaal.routes.resolver.boundary;

import nl.signaal.routes.shared.Message;

/**
 * One step of a route: contact {@code point}, {@code appliesWhen} (e.g. "if there is acute
 * danger"), because {@code reason}.
 *
 * @param position    1 for the first thing to do
 * @param ruleId      the rule of {@code RouteRules} that chose this step, for tests and support
 * @param point       who and how
 * @param appliesWhen when this step applies, as a bundle key with arguments
 * @param reason      why it was chosen for this query, as a bundle key with arguments
 */
public record RouteStep(int position, String ruleId, RoutePoint point, Message appliesWhen, Message reason) {
}
