package nl.signaal.catalogue.insights.boundary;

import java.util.List;

/**
 * The figures. A campaign for two audiences counts once under each, so the audience (and form)
 * tallies may add up to more than {@code campaigns}; years and bands add up exactly.
 *
 * @param campaigns the number of published, non-demo campaigns counted
 */
public record InsightsReport(long campaigns, List<Tally> perStartYear, List<Tally> perAudience, List<Tally> perForm,
                             List<Tally> costBands, List<Tally> durationBands) {

    public InsightsReport {
        perStartYear = List.copyOf(perStartYear);
        perAudience = List.copyOf(perAudience);
        perForm = List.copyOf(perForm);
        costBands = List.copyOf(costBands);
        durationBands = List.copyOf(durationBands);
    }
}
