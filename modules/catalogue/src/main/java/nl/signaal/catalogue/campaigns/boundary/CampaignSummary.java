package nl.signaal.catalogue.campaigns.boundary;

import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * One row of the catalogue list: enough to choose, not the whole campaign.
 *
 * @param ownerOrganisation null when not known
 * @param startYear         null when not known
 * @param endYear           null when not known or when {@code noEndDate}
 */
public record CampaignSummary(long id, String title, String ownerOrganisation, Integer startYear, Integer endYear,
                              boolean noEndDate, Set<Audience> audiences, Set<FormOfExploitation> forms,
                              Set<Channel> channels, CostBand costBand, DurationBand durationBand,
                              Confidence confidence, boolean demo, CampaignStatus status) {

    public CampaignSummary {
        audiences = Set.copyOf(audiences);
        forms = Set.copyOf(forms);
        channels = Set.copyOf(channels);
    }
}
