package nl.signaal.catalogue.campaigns.boundary;

import java.util.List;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;

/** A campaign with its materials (without their bytes), for the detail page and the API. */
public record CampaignDetails(CampaignData campaign, List<MaterialSummary> materials) {

    public CampaignDetails {
        materials = List.copyOf(materials);
    }
}
