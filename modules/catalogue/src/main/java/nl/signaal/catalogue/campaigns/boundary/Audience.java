package nl.signaal.catalogue.campaigns.boundary;

/**
 * Who a campaign (or a material) addresses; sectors refine professionals and employers. Bundle keys {@code audience.<NAME>}.
 */
public enum Audience {
    CITIZENS, YOUNG_PEOPLE, EMPLOYERS, PROFESSIONALS
}
