package nl.signaal.catalogue.materials.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import org.junit.jupiter.api.Test;

class DeletionRuleTest {

    private static Caller caller(String username, String... roles) {
        return new Caller("sub-" + username, username, username, "", Optional.of("demo-zorg"), Set.of(roles));
    }

    private static CampaignData campaign(CampaignStatus status) {
        CampaignData c = new CampaignData();
        c.setStatus(status);
        return c;
    }

    @Test
    void aPlatformAdminMayRemoveAnyMaterial() {
        Caller admin = caller("platformbeheer", Role.PLATFORM_ADMIN);
        assertThat(DeletionRule.mayDelete(admin, campaign(CampaignStatus.PUBLISHED), "trainer.zorg")).isTrue();
        assertThat(DeletionRule.mayDelete(admin, campaign(CampaignStatus.PROPOSED), null)).isTrue();
    }

    @Test
    void aTrainerMayRemoveOnlyTheirOwnUploadWhileTheCampaignIsProposed() {
        Caller trainer = caller("trainer.zorg", Role.TRAINER);
        assertThat(DeletionRule.mayDelete(trainer, campaign(CampaignStatus.PROPOSED), "trainer.zorg")).isTrue();
        assertThat(DeletionRule.mayDelete(trainer, campaign(CampaignStatus.PUBLISHED), "trainer.zorg"))
                .as("published: an admin decides").isFalse();
        assertThat(DeletionRule.mayDelete(trainer, campaign(CampaignStatus.PROPOSED), "trainer.horeca"))
                .as("someone else's upload").isFalse();
        assertThat(DeletionRule.mayDelete(trainer, campaign(CampaignStatus.PROPOSED), null)).as("seeded").isFalse();
    }

    @Test
    void aLearnerOrOrgAdminMayRemoveNothingEvenTheirOwnName() {
        CampaignData proposed = campaign(CampaignStatus.PROPOSED);
        assertThat(DeletionRule.mayDelete(caller("leerling.zorg", Role.LEARNER), proposed, "leerling.zorg")).isFalse();
        assertThat(DeletionRule.mayDelete(caller("beheer.zorg", Role.ORG_ADMIN), proposed, "beheer.zorg")).isFalse();
    }
}
