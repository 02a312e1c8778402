package nl.signaal.web.routes;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.resolver.boundary.RoutePoint;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.shared.Message;

/**
 * A route step as the reader sees it — on the "Waar meld ik?" cards and in the API's JSON —
 * with every text already in the reader's language. Unknown facts stay {@code null}
 * ({@code verifiedOn}, {@code anonymousPossible}) and the page says so; nothing is filled in.
 *
 * @param position          1 for the first thing to do
 * @param ruleId            the rule that chose this step (support, tests)
 * @param pointId           the reporting point's id
 * @param name              who
 * @param area              the area the point is for; null for national points
 * @param kind              EMERGENCY, REPORT, …
 * @param kindLabel         the kind in words
 * @param channels          how to reach them, phone first
 * @param appliesWhen       when this step applies
 * @param reason            why it was chosen
 * @param anonymousPossible null = unknown
 * @param confidence        CONFIRMED or UNCONFIRMED
 * @param confirmed         false: show "niet bevestigd"
 * @param confidenceLabel   the confidence in words
 * @param sourceUrl         where the facts come from
 * @param verifiedOn        null = not yet verified
 */
@JsonbNillable
public record RouteStepView(int position, String ruleId, Long pointId, String name, String area, String kind,
                            String kindLabel, List<ChannelView> channels, String appliesWhen, String reason,
                            Boolean anonymousPossible, String confidence, boolean confirmed, String confidenceLabel,
                            String sourceUrl, LocalDate verifiedOn) {

    public static RouteStepView of(RouteStep step, Locale locale) {
        RoutePoint point = step.point();
        return new RouteStepView(step.position(), step.ruleId(), point.pointId(), point.name(), point.areaName(),
                point.kind().name(), Message.of("point.kind." + point.kind().name()).format(locale),
                point.channels().stream().map(c -> ChannelView.of(c, locale)).toList(),
                step.appliesWhen().format(locale), step.reason().format(locale), point.anonymousPossible(),
                point.confidence().name(), point.confidence() == Confidence.CONFIRMED,
                Message.of("point.confidence." + point.confidence().name()).format(locale),
                point.sourceUrl(), point.verifiedOn());
    }

    public static List<RouteStepView> of(List<RouteStep> steps, Locale locale) {
        return steps.stream().map(s -> of(s, locale)).toList();
    }
}
