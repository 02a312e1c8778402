package nl.signaal.catalogue.transfer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.transfer.boundary.ImportError;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.api.Test;

class CampaignTransferFormatsTest {

    private static final String HEADER = "title,owner,partners,start_year,end_year,no_end_date,audiences,sectors,forms,"
            + "channels,cost_band,duration_band,source_url\n";

    private static CampaignData full() {
        CampaignData c = new CampaignData();
        c.setTitle("Week tegen Mensenhandel \"test\", Zeeland");
        c.setOwnerOrganisation("Zorgcoördinator Łódź");
        c.setPartnerOrganisations(List.of("CoMensha", "Fier, afdeling CKM"));
        c.setStartYear(2024);
        c.setEndYear(2024);
        c.setAudiences(EnumSet.of(Audience.CITIZENS, Audience.YOUNG_PEOPLE));
        c.setSectors(EnumSet.of(Sector.EDUCATION_YOUTH_CARE));
        c.setForms(EnumSet.allOf(FormOfExploitation.class));
        c.setScope(GeographicScope.PROVINCE);
        c.setAreaCodes(List.of("PV29", "PV30"));
        c.setChannels(EnumSet.of(Channel.EVENT, Channel.SOCIAL_MEDIA));
        c.setGoal("Regel één\nregel twee");
        c.setCostBand(CostBand.FROM_10K_TO_30K);
        c.setDurationBand(DurationBand.DAYS);
        c.setReach("ca. 1.000 leerlingen");
        c.setReuseLicence("CC BY 4.0");
        c.setPermissionContact("info@example.org");
        c.setSourceUrl("https://www.ditisookmensenhandel.nl/hoe-handle-jij-mensenhandel");
        c.setConfidence(Confidence.CONFIRMED);
        c.setConfidenceNote("test");
        c.setDemo(true);
        return c;
    }

    private static CampaignData unknowns() {
        CampaignData c = new CampaignData();
        c.setTitle("BUIT in de klas");
        c.setSourceUrl("https://example.org/buit");
        c.setNoEndDate(true);
        return c;
    }

    @Test
    void csvExportReadsBackToTheSameCampaigns() {
        byte[] csv = CampaignCsv.write(List.of(full(), unknowns()));
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFtitle,owner,partners");
        CampaignRows.Parsed parsed = CampaignRows.parse(CampaignCsv.read(csv), Set.of());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.campaigns()).usingRecursiveFieldByFieldElementComparator().containsExactly(published(full()),
                published(unknowns()));
    }

    @Test
    void xlsxExportReadsBackToTheSameCampaigns() {
        byte[] xlsx = CampaignXlsx.write(List.of(full(), unknowns()));
        assertThat(CampaignXlsx.looksLikeXlsx(xlsx)).isTrue();
        CampaignRows.Parsed parsed = CampaignRows.parse(CampaignXlsx.read(xlsx), Set.of());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.campaigns()).usingRecursiveFieldByFieldElementComparator().containsExactly(published(full()),
                published(unknowns()));
    }

    private static CampaignData published(CampaignData c) {
        c.setStatus(nl.signaal.catalogue.campaigns.boundary.CampaignStatus.PUBLISHED);
        return c;
    }

    @Test
    void everyBadLineIsReportedWithLineColumnAndReasonAndNothingIsKept() {
        String csv = HEADER
                + "Goed,Fier,,2020,2021,false,CITIZENS,,ALL,CHAT,LT_10K,WEEKS,https://example.org/1\n"          // 2 ok
                + ",Fier,,2020,,false,,,,,,,https://example.org/2\n"                                            // 3 no title
                + "Vorm,Fier,,2020,,false,KINDEREN,,SEXUAL,,,,https://example.org/3\n"                          // 4 audience
                + "Vorm2,Fier,,2020,,false,,,SLAVERY,FAX,CHEAP,,https://example.org/4\n"                        // 5 form, channel, band
                + "Jaar,Fier,,twintig,,false,,,,,,,https://example.org/5\n"                                     // 6 not a year
                + "Omgekeerd,Fier,,2023,2021,false,,,,,,,https://example.org/6\n"                               // 7 start after end
                + "Zonder bron,Fier,,2020,,false,,,,,,,\n"                                                      // 8 no source
                + "goed,Fier,,2020,,false,,,,,,,https://example.org/7\n"                                        // 9 duplicate of line 2
                + "Bestaat al,Fier,,2020,,false,,,,,,,https://example.org/8\n";                                 // 10 exists
        CampaignRows.Parsed parsed = CampaignRows.parse(CampaignCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
                Set.of("BESTAAT AL"));
        assertThat(parsed.campaigns()).isEmpty();
        assertThat(parsed.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.message().key()).containsExactly(
                "3 title error.required",
                "4 audiences import.unknownValue",
                "5 forms import.unknownValue",
                "5 channels import.unknownValue",
                "5 cost_band import.unknownValue",
                "6 start_year import.notAYear",
                "7 end_year error.endBeforeStart",
                "8 source_url import.sourceRequired",
                "9 title import.duplicateInFile",
                "10 title error.duplicateTitle");
        ImportError duplicate = parsed.errors().get(8);
        assertThat(duplicate.message().args()).containsExactly("goed", 2);
    }

    @Test
    void unknownOrMissingColumnsAreReportedOnTheHeaderLine() {
        CampaignRows.Parsed parsed = CampaignRows.parse(CampaignCsv.read("titel,bron\nx,y\n".getBytes(StandardCharsets.UTF_8)),
                Set.of());
        assertThat(parsed.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.message().key()).containsExactly(
                "1 titel import.unknownColumn", "1 bron import.unknownColumn",
                "1 title import.missingColumn", "1 source_url import.missingColumn");
    }

    @Test
    void anEmptyFileIsAnErrorNotASuccessOfNothing() {
        assertThat(CampaignRows.parse(CampaignCsv.read(HEADER.getBytes(StandardCharsets.UTF_8)), Set.of()).errors())
                .extracting(e -> e.message().key()).containsExactly("import.noRows");
    }

    @Test
    void parsingReportsRowsCheckedInStepsAndAtTheEnd() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 120; i++) {
            csv.append("Campagne ").append(i).append(",,,2024,,,,,,,,,https://example.org/").append(i).append('\n');
        }
        List<Integer> reported = new java.util.ArrayList<>();
        CampaignRows.Parsed parsed = CampaignRows.parse(CampaignCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8)),
                Set.of(), reported::add);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.campaigns()).hasSize(120);
        assertThat(reported).containsExactly(50, 100, 120);
    }
}
