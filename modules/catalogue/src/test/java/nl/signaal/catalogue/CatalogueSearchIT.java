package nl.signaal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.control.CampaignStore;
import nl.signaal.catalogue.insights.boundary.Insights;
import nl.signaal.catalogue.insights.boundary.InsightsReport;
import nl.signaal.catalogue.insights.boundary.Tally;
import nl.signaal.catalogue.insights.control.InsightQueries;
import nl.signaal.catalogue.shared.Page;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search, filters and insights against the real PostgreSQL schema and seed that the deployed
 * EAR's Flyway run built (V4.1, V4.2). The database is shared and keeps data between runs, so
 * assertions on seed campaigns exclude demo rows, and the test's own campaign is a demo row
 * with a unique title that it removes again.
 * <p>
 * The archive holds the catalogue's campaign and insight packages without their boundaries
 * (those need the platform's audit trail and roles; their role checks are covered by the web
 * module's API test), plus the platform's shared enums.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueSearchIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "catalogue-search-it.war")
                .addPackages(true, Filters.exclude(Campaigns.class, Insights.class,
                                nl.signaal.catalogue.materials.boundary.Materials.class),
                        "nl.signaal.catalogue.campaigns", "nl.signaal.catalogue.insights", "nl.signaal.catalogue.shared",
                        "nl.signaal.catalogue.materials.entity")
                .addClasses(nl.signaal.catalogue.materials.boundary.MaterialKind.class,
                        nl.signaal.catalogue.materials.boundary.MaterialSummary.class,
                        nl.signaal.catalogue.materials.control.MaterialStore.class,
                        nl.signaal.catalogue.materials.boundary.StoredFile.class)
                .addPackage("nl.signaal.platform.shared")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    @Inject
    CampaignStore store;

    @Inject
    InsightQueries insights;

    @Inject
    UserTransaction tx;

    private List<String> seedTitles(CampaignFilter filter) {
        filter.setDemo(false);
        filter.setStatus(CampaignStatus.PUBLISHED);
        return store.search(filter, null, 0, 100).items().stream().map(CampaignSummary::title).toList();
    }

    @Test
    void searchingForHotelsFindsNoRoomForSexTraffickingThroughDutchStemming() {
        assertThat(seedTitles(CampaignFilter.all().q("hotels"))).containsExactly("No Room for Sex Trafficking");
        assertThat(seedTitles(CampaignFilter.all().q("hotel"))).containsExactly("No Room for Sex Trafficking");
    }

    @Test
    void theDutchConfigurationStemsButDoesNotSplitCompounds() {
        // 'uitbuiting' is stemmed to 'uitbuit'; the compound 'arbeidsuitbuiting' stays one other word ('arbeidsuitbuit')
        List<String> uitbuiting = seedTitles(CampaignFilter.all().q("uitbuiting"));
        assertThat(uitbuiting).contains("chaterover.nl", "No Room for Sex Trafficking")
                .doesNotContain("#daspaseerlijk");
        assertThat(seedTitles(CampaignFilter.all().q("arbeidsuitbuiting"))).contains("#daspaseerlijk")
                .doesNotContain("chaterover.nl");
    }

    @Test
    void websearchSyntaxCombinesWordsAndExcludes() {
        assertThat(seedTitles(CampaignFilter.all().q("jongeren chat"))).containsExactlyInAnyOrder("chaterover.nl",
                "Keerpunt.chat / \"Wanneer alles vaag is\"");
        assertThat(seedTitles(CampaignFilter.all().q("jongeren chat -hulpplatform"))).containsExactly("chaterover.nl");
    }

    @Test
    void filtersCombineAcrossFieldsAndAnyOfWithinOne() {
        CampaignFilter youngAndCriminal = CampaignFilter.all().audiences(Audience.YOUNG_PEOPLE).forms(FormOfExploitation.CRIMINAL);
        assertThat(seedTitles(youngAndCriminal)).containsExactlyInAnyOrder("BUIT in de klas", "chaterover.nl",
                "Keerpunt.chat / \"Wanneer alles vaag is\"", "Open je ogen voor mensenhandel",
                "Week tegen Mensenhandel 2024 / \"Hoe handle jij mensenhandel?!\"");
        assertThat(seedTitles(CampaignFilter.all().channels(Channel.CHAT, Channel.EXHIBITION))).containsExactlyInAnyOrder(
                "chaterover.nl", "Keerpunt.chat / \"Wanneer alles vaag is\"", "Open je ogen voor mensenhandel");
        assertThat(seedTitles(CampaignFilter.all().sectors(Sector.HOSPITALITY))).containsExactly("No Room for Sex Trafficking");
        CampaignFilter fier = CampaignFilter.all();
        fier.setOrganisation("fier");
        assertThat(seedTitles(fier)).hasSize(5);
        CampaignFilter confirmed = CampaignFilter.all();
        confirmed.setConfidence(Confidence.CONFIRMED);
        assertThat(seedTitles(confirmed)).hasSize(3);
        CampaignFilter years = CampaignFilter.all();
        years.setStartYearFrom(2020);
        years.setStartYearTo(2021);
        assertThat(seedTitles(years)).containsExactlyInAnyOrder("Open je ogen voor mensenhandel", "chaterover.nl",
                "No Room for Sex Trafficking");
        CampaignFilter openEnded = CampaignFilter.all();
        openEnded.setNoEndDate(true);
        assertThat(seedTitles(openEnded)).containsExactly("No Room for Sex Trafficking");
    }

    @Test
    void pagesCarryTheTotalAndDoNotOverlap() {
        CampaignFilter filter = CampaignFilter.all();
        filter.setDemo(false);
        Page<CampaignSummary> first = store.search(filter, null, 0, 4);
        Page<CampaignSummary> second = store.search(filter, null, 4, 4);
        Page<CampaignSummary> beyond = store.search(filter, null, 10_000, 4);
        assertThat(first.items()).hasSize(4);
        assertThat(first.total()).isGreaterThanOrEqualTo(11).isEqualTo(second.total()).isEqualTo(beyond.total());
        assertThat(beyond.items()).isEmpty();
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void aNewCampaignIsFoundByItsGoalAndAProposalOnlyByItsProposer() throws Exception {
        String word = "zeldzaamwoord" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        CampaignData data = new CampaignData();
        data.setTitle("IT demo " + word);
        data.setGoal("Test van de zoekfunctie met " + word + "en");
        data.setDemo(true);
        data.setStatus(CampaignStatus.PROPOSED);
        data.setProposedBy("trainer.zorg");
        tx.begin();
        CampaignData saved = store.save(data, OffsetDateTime.now());
        tx.commit();
        try {
            CampaignFilter filter = CampaignFilter.all().q(word);
            assertThat(store.search(filter, null, 0, 10).items()).extracting(CampaignSummary::id).containsExactly(saved.getId());
            assertThat(store.search(filter, "trainer.zorg", 0, 10).items()).hasSize(1);
            assertThat(store.search(filter, "trainer.horeca", 0, 10).items()).isEmpty();
        } finally {
            tx.begin();
            store.delete(saved.getId());
            tx.commit();
        }
    }

    @Test
    void insightsEqualCountsMadeDirectlyFromTheStoredCampaigns() {
        InsightsReport report = insights.report();
        List<CampaignData> counted = store.all().stream()
                .filter(c -> c.getStatus() == CampaignStatus.PUBLISHED && !c.isDemo()).toList();

        assertThat(report.campaigns()).isEqualTo(counted.size());
        assertThat(asMap(report.perStartYear())).isEqualTo(counted.stream().collect(Collectors.groupingBy(
                c -> c.getStartYear() == null ? "?" : String.valueOf(c.getStartYear()), TreeMap::new, Collectors.counting())));
        assertThat(nonZero(report.costBands())).isEqualTo(count(counted, c -> c.getCostBand().name()));
        assertThat(nonZero(report.durationBands())).isEqualTo(count(counted, c -> c.getDurationBand().name()));
        for (FormOfExploitation form : FormOfExploitation.values()) {
            assertThat(asMap(report.perForm()).get(form.name()))
                    .as(form.name()).isEqualTo(counted.stream().filter(c -> c.getForms().contains(form)).count());
        }
        for (Audience audience : Audience.values()) {
            assertThat(asMap(report.perAudience()).get(audience.name()))
                    .as(audience.name()).isEqualTo(counted.stream().filter(c -> c.getAudiences().contains(audience)).count());
        }
        assertThat(asMap(report.perAudience()).getOrDefault("?", 0L))
                .isEqualTo(counted.stream().filter(c -> c.getAudiences().isEmpty()).count());
    }

    @Test
    void insightsShowTheSeedFigures() {
        InsightsReport report = insights.report();
        // the seed alone: 11 campaigns, none with a known cost or duration band
        assertThat(report.campaigns()).isGreaterThanOrEqualTo(11);
        assertThat(asMap(report.costBands()).get(CostBand.UNKNOWN.name())).isGreaterThanOrEqualTo(11);
        assertThat(asMap(report.durationBands()).get(DurationBand.UNKNOWN.name())).isGreaterThanOrEqualTo(11);
        assertThat(asMap(report.perForm()).get("CRIMINAL")).isGreaterThanOrEqualTo(9);
        assertThat(asMap(report.perStartYear()).get("2024")).isGreaterThanOrEqualTo(3);
    }

    private static Map<String, Long> asMap(List<Tally> tallies) {
        return tallies.stream().collect(Collectors.toMap(t -> t.key() == null ? "?" : t.key(), Tally::count, Long::sum, TreeMap::new));
    }

    private static Map<String, Long> nonZero(List<Tally> tallies) {
        Map<String, Long> map = asMap(tallies);
        map.values().removeIf(v -> v == 0);
        return map;
    }

    private static Map<String, Long> count(List<CampaignData> campaigns, Function<CampaignData, String> key) {
        return campaigns.stream().map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
