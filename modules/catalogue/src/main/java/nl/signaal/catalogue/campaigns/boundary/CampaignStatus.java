package nl.signaal.catalogue.campaigns.boundary;

/**
 * Trainers propose (PROPOSED: seen by platform admins and the proposer), platform admins publish
 * (PUBLISHED: seen by every trainer). Bundle keys {@code status.<NAME>}.
 */
public enum CampaignStatus {
    PROPOSED, PUBLISHED
}
