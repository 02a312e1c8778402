package nl.signaal.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignDetails;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.campaigns.boundary.InvalidCampaignException;
import nl.signaal.catalogue.shared.Violation;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * The campaign form: {@code /admin/catalogue/edit.xhtml[?id=]} for platform admins (create,
 * edit) and {@code /trainer/catalogue/propose.xhtml} for trainers (propose). Each violation the
 * boundary reports is shown next to its field ({@code campaign-form:<field>}).
 */
@Named
@ViewScoped
public class CampaignEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Campaigns campaigns;

    @Inject
    transient CurrentCaller currentCaller;

    private Long id;
    private CampaignData data = new CampaignData();
    private String partners;
    private String areaCodes;
    private Audience[] audiences = {};
    private Sector[] sectors = {};
    private FormOfExploitation[] forms = {};
    private Channel[] channels = {};
    private boolean notFound;

    public void load() {
        if (id == null) {
            return;
        }
        CampaignDetails details = campaigns.find(currentCaller.require(), id).orElse(null);
        if (details == null) {
            notFound = true;
            return;
        }
        data = details.campaign();
        partners = String.join("; ", data.getPartnerOrganisations());
        areaCodes = String.join(", ", data.getAreaCodes());
        audiences = data.getAudiences().toArray(Audience[]::new);
        sectors = data.getSectors().toArray(Sector[]::new);
        forms = data.getForms().toArray(FormOfExploitation[]::new);
        channels = data.getChannels().toArray(Channel[]::new);
    }

    public String save() {
        copy();
        try {
            CampaignData saved = campaigns.save(currentCaller.require(), data);
            Messages.info("edit.saved");
            return "/trainer/catalogue/campaign?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidCampaignException e) {
            show(e.violations());
        } catch (OptimisticLockException | jakarta.ejb.EJBException e) {
            Messages.error("edit.conflict");
        }
        return null;
    }

    public String propose() {
        copy();
        try {
            CampaignData saved = campaigns.propose(currentCaller.require(), data);
            return "/trainer/catalogue/campaign?faces-redirect=true&proposed=true&id=" + saved.getId();
        } catch (InvalidCampaignException e) {
            show(e.violations());
        }
        return null;
    }

    private void copy() {
        data.setPartnerOrganisations(split(partners, ";"));
        data.setAreaCodes(split(areaCodes, ",").stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList());
        data.setAudiences(EnumSet.noneOf(Audience.class));
        data.getAudiences().addAll(Arrays.asList(audiences));
        data.setSectors(EnumSet.noneOf(Sector.class));
        data.getSectors().addAll(Arrays.asList(sectors));
        data.setForms(EnumSet.noneOf(FormOfExploitation.class));
        data.getForms().addAll(Arrays.asList(forms));
        data.setChannels(EnumSet.noneOf(Channel.class));
        data.getChannels().addAll(Arrays.asList(channels));
    }

    private static void show(List<Violation> violations) {
        Messages.error("edit.errors");
        for (Violation v : violations) {
            Messages.error("campaign-form:" + v.field(), v.message());
        }
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isNotFound() { return notFound; }
    public CampaignData getData() { return data; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public String getAreaCodes() { return areaCodes; }
    public void setAreaCodes(String areaCodes) { this.areaCodes = areaCodes; }
    public Audience[] getAudiences() { return audiences; }
    public void setAudiences(Audience[] audiences) { this.audiences = audiences; }
    public Sector[] getSectors() { return sectors; }
    public void setSectors(Sector[] sectors) { this.sectors = sectors; }
    public FormOfExploitation[] getForms() { return forms; }
    public void setForms(FormOfExploitation[] forms) { this.forms = forms; }
    public Channel[] getChannels() { return channels; }
    public void setChannels(Channel[] channels) { this.channels = channels; }
    public Audience[] getAllAudiences() { return Audience.values(); }
    public Sector[] getAllSectors() { return Sector.values(); }
    public FormOfExploitation[] getAllForms() { return FormOfExploitation.values(); }
    public Channel[] getAllChannels() { return Channel.values(); }
    public CostBand[] getAllCostBands() { return CostBand.values(); }
    public DurationBand[] getAllDurationBands() { return DurationBand.values(); }
    public GeographicScope[] getAllScopes() { return GeographicScope.values(); }
    public Confidence[] getAllConfidences() { return Confidence.values(); }
}
