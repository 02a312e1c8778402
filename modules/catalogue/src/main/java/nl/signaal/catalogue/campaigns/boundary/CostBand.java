package nl.signaal.catalogue.campaigns.boundary;

/**
 * The inventory's survey bands for cost (less than 10,000 euro, 10,000 to 30,000, more than 30,000), and
 * UNKNOWN where nobody reported it. Bundle keys {@code cost.<NAME>}.
 */
public enum CostBand {
    LT_10K, FROM_10K_TO_30K, GT_30K, UNKNOWN
}
