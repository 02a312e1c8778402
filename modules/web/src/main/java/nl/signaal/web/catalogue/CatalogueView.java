package nl.signaal.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * {@code /trainer/catalogue/index.xhtml}: Dutch full-text search, filters on every field and a
 * lazy table. Multi-selects bind to enum arrays (JSF converts array elements by their type).
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Campaigns campaigns;

    @Inject
    transient CurrentCaller currentCaller;

    private final CampaignFilter filter = CampaignFilter.all();
    private CampaignLazyModel model;
    private Audience[] audiences = {};
    private Sector[] sectors = {};
    private FormOfExploitation[] forms = {};
    private Channel[] channels = {};
    private CostBand[] costBands = {};
    private DurationBand[] durationBands = {};

    @PostConstruct
    void init() {
        model = new CampaignLazyModel(campaigns, () -> currentCaller.require(), filter);
    }

    /** Copies the multi-selects into the filter; the table reloads from page 1 (the view's update=). */
    public void search() {
        filter.setAudiences(set(Audience.class, audiences));
        filter.setSectors(set(Sector.class, sectors));
        filter.setForms(set(FormOfExploitation.class, forms));
        filter.setChannels(set(Channel.class, channels));
        filter.setCostBands(set(CostBand.class, costBands));
        filter.setDurationBands(set(DurationBand.class, durationBands));
    }

    public void reset() {
        audiences = new Audience[0];
        sectors = new Sector[0];
        forms = new FormOfExploitation[0];
        channels = new Channel[0];
        costBands = new CostBand[0];
        durationBands = new DurationBand[0];
        filter.setQ(null);
        filter.setOrganisation(null);
        filter.setScope(null);
        filter.setAreaCode(null);
        filter.setStartYearFrom(null);
        filter.setStartYearTo(null);
        filter.setConfidence(null);
        filter.setStatus(null);
        filter.setDemo(null);
        filter.setNoEndDate(null);
        filter.setSort(CampaignSort.RELEVANCE);
        search();
    }

    public boolean isAdmin() {
        return currentCaller.require().hasRole(Role.PLATFORM_ADMIN);
    }

    /** The period as the bundle writes it; {@code cat} keys years.*. */
    public String years(CampaignSummary c) {
        return Labels.years(c.startYear(), c.endYear(), c.noEndDate());
    }

    public CampaignFilter getFilter() { return filter; }
    public CampaignLazyModel getModel() { return model; }
    public Audience[] getAudiences() { return audiences; }
    public void setAudiences(Audience[] audiences) { this.audiences = audiences; }
    public Sector[] getSectors() { return sectors; }
    public void setSectors(Sector[] sectors) { this.sectors = sectors; }
    public FormOfExploitation[] getForms() { return forms; }
    public void setForms(FormOfExploitation[] forms) { this.forms = forms; }
    public Channel[] getChannels() { return channels; }
    public void setChannels(Channel[] channels) { this.channels = channels; }
    public CostBand[] getCostBands() { return costBands; }
    public void setCostBands(CostBand[] costBands) { this.costBands = costBands; }
    public DurationBand[] getDurationBands() { return durationBands; }
    public void setDurationBands(DurationBand[] durationBands) { this.durationBands = durationBands; }

    public Audience[] getAllAudiences() { return Audience.values(); }
    public Sector[] getAllSectors() { return Sector.values(); }
    public FormOfExploitation[] getAllForms() { return FormOfExploitation.values(); }
    public Channel[] getAllChannels() { return Channel.values(); }
    public CostBand[] getAllCostBands() { return CostBand.values(); }
    public DurationBand[] getAllDurationBands() { return DurationBand.values(); }
    public GeographicScope[] getAllScopes() { return GeographicScope.values(); }
    public Confidence[] getAllConfidences() { return Confidence.values(); }
    public CampaignStatus[] getAllStatuses() { return CampaignStatus.values(); }
    public CampaignSort[] getAllSorts() { return CampaignSort.values(); }

    /** Sorted enum names for a cell, e.g. the audiences of a row. */
    public List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            result.addAll(List.of(values));
        }
        return result;
    }
}
