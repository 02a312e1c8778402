package nl.signaal.catalogue.campaigns.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * What to look for in the catalogue. Every criterion left empty does not filter; within a
 * multi-valued criterion any of the values matches (a campaign for citizens <em>or</em> young
 * people), across criteria all must match. {@code q} is a Dutch full-text search
 * (PostgreSQL {@code websearch_to_tsquery('dutch', q)}: words, "quoted phrases", {@code or},
 * {@code -not}). A mutable bean so that a JSF filter form can bind to it.
 */
public class CampaignFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    private String organisation;
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    private Set<FormOfExploitation> forms = EnumSet.noneOf(FormOfExploitation.class);
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private Set<CostBand> costBands = EnumSet.noneOf(CostBand.class);
    private Set<DurationBand> durationBands = EnumSet.noneOf(DurationBand.class);
    private GeographicScope scope;
    private String areaCode;
    private Integer startYearFrom;
    private Integer startYearTo;
    private Boolean noEndDate;
    private Confidence confidence;
    private CampaignStatus status;
    private Boolean demo;
    private CampaignSort sort = CampaignSort.RELEVANCE;

    public static CampaignFilter all() {
        return new CampaignFilter();
    }

    public CampaignFilter q(String text) { this.q = text; return this; }
    public CampaignFilter audiences(Audience... values) { this.audiences = set(Audience.class, values); return this; }
    public CampaignFilter forms(FormOfExploitation... values) { this.forms = set(FormOfExploitation.class, values); return this; }
    public CampaignFilter sectors(Sector... values) { this.sectors = set(Sector.class, values); return this; }
    public CampaignFilter channels(Channel... values) { this.channels = set(Channel.class, values); return this; }
    public CampaignFilter sort(CampaignSort value) { this.sort = value; return this; }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Set<Audience> getAudiences() { return audiences; }
    public void setAudiences(Set<Audience> audiences) { this.audiences = nonNull(audiences, Audience.class); }
    public Set<Sector> getSectors() { return sectors; }
    public void setSectors(Set<Sector> sectors) { this.sectors = nonNull(sectors, Sector.class); }
    public Set<FormOfExploitation> getForms() { return forms; }
    public void setForms(Set<FormOfExploitation> forms) { this.forms = nonNull(forms, FormOfExploitation.class); }
    public Set<Channel> getChannels() { return channels; }
    public void setChannels(Set<Channel> channels) { this.channels = nonNull(channels, Channel.class); }
    public Set<CostBand> getCostBands() { return costBands; }
    public void setCostBands(Set<CostBand> costBands) { this.costBands = nonNull(costBands, CostBand.class); }
    public Set<DurationBand> getDurationBands() { return durationBands; }
    public void setDurationBands(Set<DurationBand> bands) { this.durationBands = nonNull(bands, DurationBand.class); }
    public GeographicScope getScope() { return scope; }
    public void setScope(GeographicScope scope) { this.scope = scope; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public Integer getStartYearFrom() { return startYearFrom; }
    public void setStartYearFrom(Integer startYearFrom) { this.startYearFrom = startYearFrom; }
    public Integer getStartYearTo() { return startYearTo; }
    public void setStartYearTo(Integer startYearTo) { this.startYearTo = startYearTo; }
    public Boolean getNoEndDate() { return noEndDate; }
    public void setNoEndDate(Boolean noEndDate) { this.noEndDate = noEndDate; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public CampaignStatus getStatus() { return status; }
    public void setStatus(CampaignStatus status) { this.status = status; }
    public Boolean getDemo() { return demo; }
    public void setDemo(Boolean demo) { this.demo = demo; }
    public CampaignSort getSort() { return sort; }
    public void setSort(CampaignSort sort) { this.sort = sort == null ? CampaignSort.RELEVANCE : sort; }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
        Set<E> result = EnumSet.noneOf(type);
        result.addAll(java.util.List.of(values));
        return result;
    }

    private static <E extends Enum<E>> Set<E> nonNull(Set<E> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            result.addAll(values);
        }
        return result;
    }
}
