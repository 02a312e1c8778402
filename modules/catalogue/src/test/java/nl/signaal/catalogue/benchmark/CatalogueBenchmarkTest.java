package nl.signaal.catalogue.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.control.CampaignSearchSql;
import org.junit.jupiter.api.Test;

/** The benchmark must run the product's query unchanged but for the schema, and apply the real migrations. */
class CatalogueBenchmarkTest {

    @Test
    void numberedParametersBecomePlainMarkersInOrderAndOnlyTheSchemaChanges() {
        CampaignFilter filter = CampaignFilter.all().q("hotels");
        filter.setOrganisation("Fier");
        CampaignSearchSql.Query product = CampaignSearchSql.page(filter, "trainer.zorg", 0, 20);

        CatalogueBenchmark.JdbcQuery jdbc = CatalogueBenchmark.toJdbc(product, "catalogue_bench");

        assertThat(jdbc.sql()).doesNotContainPattern("\\?\\d").contains(" catalogue_bench.campaign c")
                .doesNotContain(" catalogue.campaign");
        assertThat(jdbc.sql().replace("?", "")).isEqualTo(product.sql().replaceAll("\\?\\d+", "")
                .replace(" catalogue.campaign ", " catalogue_bench.campaign "));
        // the organisation pattern is used twice (owner OR partners), the text twice (match, rank)
        assertThat(jdbc.values()).containsExactly("hotels", "%Fier%", "%Fier%", "PUBLISHED", "trainer.zorg", "hotels");
    }

    @Test
    void theMigrationsAreTheModulesOwnInVersionOrder() throws Exception {
        assertThat(CatalogueBenchmark.migrations()).hasSizeGreaterThanOrEqualTo(2)
                .first().asString().contains("CREATE TABLE catalogue.campaign");
    }
}
