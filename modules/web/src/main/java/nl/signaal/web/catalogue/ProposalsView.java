package nl.signaal.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.platform.caller.CurrentCaller;

/** {@code /admin/catalogue/index.xhtml}: the trainers' proposals waiting for a platform admin. */
@Named
@RequestScoped
public class ProposalsView {

    @Inject
    Campaigns campaigns;

    @Inject
    CurrentCaller currentCaller;

    private List<CampaignSummary> proposals;

    @PostConstruct
    void init() {
        CampaignFilter filter = CampaignFilter.all().sort(CampaignSort.TITLE);
        filter.setStatus(CampaignStatus.PROPOSED);
        proposals = campaigns.search(currentCaller.require(), filter, 0, Campaigns.MAX_PAGE_SIZE).items();
    }

    public List<CampaignSummary> getProposals() {
        return proposals;
    }
}
