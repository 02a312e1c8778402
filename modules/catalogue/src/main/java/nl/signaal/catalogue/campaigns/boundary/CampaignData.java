package nl.signaal.catalogue.campaigns.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * Every field of one campaign, as the edit form, the import and the detail page see it. A
 * mutable bean rather than a record because a JSF form binds to it field by field; the boundary
 * copies it in and out, so no caller ever holds the entity.
 * <p>
 * Unknown is explicit: a {@code null} year, owner or scope, an empty set and the
 * {@code UNKNOWN} bands all mean "not known", never "none".
 */
public class CampaignData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String ownerOrganisation;
    private List<String> partnerOrganisations = new ArrayList<>();
    private Integer startYear;
    private Integer endYear;
    private boolean noEndDate;
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    private Set<FormOfExploitation> forms = EnumSet.noneOf(FormOfExploitation.class);
    private GeographicScope scope;
    private List<String> areaCodes = new ArrayList<>();
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private String goal;
    private CostBand costBand = CostBand.UNKNOWN;
    private DurationBand durationBand = DurationBand.UNKNOWN;
    private String reach;
    private String reuseLicence;
    private String permissionContact;
    private String sourceUrl;
    private Confidence confidence = Confidence.UNCONFIRMED;
    private String confidenceNote;
    private boolean demo;
    /** PROPOSED unless set: a new campaign is only published when someone says so ({@link Campaigns#save}). */
    private CampaignStatus status = CampaignStatus.PROPOSED;
    private String proposedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOwnerOrganisation() { return ownerOrganisation; }
    public void setOwnerOrganisation(String ownerOrganisation) { this.ownerOrganisation = ownerOrganisation; }
    public List<String> getPartnerOrganisations() { return partnerOrganisations; }
    public void setPartnerOrganisations(List<String> partners) { this.partnerOrganisations = new ArrayList<>(partners); }
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer startYear) { this.startYear = startYear; }
    public Integer getEndYear() { return endYear; }
    public void setEndYear(Integer endYear) { this.endYear = endYear; }
    public boolean isNoEndDate() { return noEndDate; }
    public void setNoEndDate(boolean noEndDate) { this.noEndDate = noEndDate; }
    public Set<Audience> getAudiences() { return audiences; }
    public void setAudiences(Set<Audience> audiences) { this.audiences = copy(audiences, Audience.class); }
    public Set<Sector> getSectors() { return sectors; }
    public void setSectors(Set<Sector> sectors) { this.sectors = copy(sectors, Sector.class); }
    public Set<FormOfExploitation> getForms() { return forms; }
    public void setForms(Set<FormOfExploitation> forms) { this.forms = copy(forms, FormOfExploitation.class); }
    public GeographicScope getScope() { return scope; }
    public void setScope(GeographicScope scope) { this.scope = scope; }
    public List<String> getAreaCodes() { return areaCodes; }
    public void setAreaCodes(List<String> areaCodes) { this.areaCodes = new ArrayList<>(areaCodes); }
    public Set<Channel> getChannels() { return channels; }
    public void setChannels(Set<Channel> channels) { this.channels = copy(channels, Channel.class); }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public CostBand getCostBand() { return costBand; }
    public void setCostBand(CostBand costBand) { this.costBand = costBand == null ? CostBand.UNKNOWN : costBand; }
    public DurationBand getDurationBand() { return durationBand; }
    public void setDurationBand(DurationBand band) { this.durationBand = band == null ? DurationBand.UNKNOWN : band; }
    public String getReach() { return reach; }
    public void setReach(String reach) { this.reach = reach; }
    public String getReuseLicence() { return reuseLicence; }
    public void setReuseLicence(String reuseLicence) { this.reuseLicence = reuseLicence; }
    public String getPermissionContact() { return permissionContact; }
    public void setPermissionContact(String permissionContact) { this.permissionContact = permissionContact; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence == null ? Confidence.UNCONFIRMED : confidence; }
    public String getConfidenceNote() { return confidenceNote; }
    public void setConfidenceNote(String confidenceNote) { this.confidenceNote = confidenceNote; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public CampaignStatus getStatus() { return status; }
    public void setStatus(CampaignStatus status) { this.status = status; }
    public String getProposedBy() { return proposedBy; }
    public void setProposedBy(String proposedBy) { this.proposedBy = proposedBy; }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            result.addAll(values);
        }
        return result;
    }
}
