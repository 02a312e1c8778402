package nl.signaal.catalogue.materials.control;

import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;

/**
 * Who may remove one material. Platform admins curate the catalogue and may remove any. A
 * trainer may remove only what they uploaded themselves, and only while the campaign is still
 * PROPOSED (their draft, before an admin checked it): once published, other trainers may already
 * use the material, so removing it is an admin's decision. Pure, so the rule is unit tested; the
 * boundary applies it and the page uses it to decide which buttons to show.
 */
public final class DeletionRule {

    private DeletionRule() {
    }

    /**
     * @param campaign   the material's campaign
     * @param uploadedBy the user name stored with the material, null for seeded material
     */
    public static boolean mayDelete(Caller caller, CampaignData campaign, String uploadedBy) {
        if (caller.hasRole(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return caller.hasRole(Role.TRAINER) && campaign.getStatus() == CampaignStatus.PROPOSED
                && uploadedBy != null && uploadedBy.equals(caller.username());
    }
}
