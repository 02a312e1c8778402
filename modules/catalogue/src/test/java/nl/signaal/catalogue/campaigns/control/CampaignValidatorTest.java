package nl.signaal.catalogue.campaigns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.shared.Violation;
import org.junit.jupiter.api.Test;

class CampaignValidatorTest {

    private static CampaignData valid() {
        CampaignData c = new CampaignData();
        c.setTitle("No Room for Sex Trafficking");
        c.setStartYear(2020);
        c.setNoEndDate(true);
        c.setSourceUrl("https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels");
        c.setConfidence(Confidence.CONFIRMED);
        return c;
    }

    private static List<String> keys(CampaignData c) {
        return CampaignValidator.validate(c).stream().map(v -> v.field() + ":" + v.message().key()).toList();
    }

    @Test
    void aCompleteCampaignPasses() {
        assertThat(CampaignValidator.validate(valid())).isEmpty();
    }

    @Test
    void unknownValuesAreAllowed() {
        CampaignData c = new CampaignData();
        c.setTitle("BUIT in de klas");
        assertThat(CampaignValidator.validate(c)).isEmpty();
    }

    @Test
    void titleIsRequired() {
        CampaignData c = valid();
        c.setTitle("  ");
        assertThat(keys(c)).containsExactly("title:error.required");
    }

    @Test
    void endYearBeforeStartYearIsRefusedOnTheEndYear() {
        CampaignData c = valid();
        c.setNoEndDate(false);
        c.setStartYear(2022);
        c.setEndYear(2021);
        assertThat(keys(c)).containsExactly("end_year:error.endBeforeStart");
    }

    @Test
    void anEndYearAndNoEndDateContradictEachOther() {
        CampaignData c = valid();
        c.setEndYear(2024);
        assertThat(keys(c)).containsExactly("end_year:error.endAndNoEnd");
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        CampaignData c = valid();
        c.setStartYear(20);
        assertThat(keys(c)).containsExactly("start_year:error.year");
    }

    @Test
    void onlyWebAddressesAreSources() {
        CampaignData c = valid();
        c.setSourceUrl("javascript:alert(1)");
        assertThat(keys(c)).containsExactly("source_url:error.url");
    }

    @Test
    void confirmedNeedsASource() {
        CampaignData c = valid();
        c.setSourceUrl(null);
        assertThat(keys(c)).containsExactly("confidence:error.confirmedWithoutSource");
    }

    @Test
    void areaCodesMustFitTheScope() {
        CampaignData c = valid();
        c.setAreaCodes(List.of("PV29"));
        assertThat(keys(c)).containsExactly("area_codes:error.areaWithoutScope");
        c.setScope(GeographicScope.PROVINCE);
        assertThat(CampaignValidator.validate(c)).isEmpty();
        c.setScope(GeographicScope.MUNICIPALITY);
        assertThat(CampaignValidator.validate(c)).extracting(Violation::field).containsExactly("area_codes");
        c.setAreaCodes(List.of("GM0599"));
        assertThat(CampaignValidator.validate(c)).isEmpty();
    }
}
