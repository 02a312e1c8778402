package nl.signaal.catalogue.campaigns.boundary;

/**
 * The orders the catalogue lists in; RELEVANCE needs a search text and falls back to TITLE without one.
 * Bundle keys {@code sort.<NAME>}.
 */
public enum CampaignSort {
    RELEVANCE, TITLE, START_YEAR_DESC, START_YEAR_ASC
}
