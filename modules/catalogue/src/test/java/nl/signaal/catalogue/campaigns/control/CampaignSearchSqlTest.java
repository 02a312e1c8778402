package nl.signaal.catalogue.campaigns.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class CampaignSearchSqlTest {

    @Test
    void noFilterMeansNoWhereClauseAndTitleOrder() {
        CampaignSearchSql.Query q = CampaignSearchSql.page(CampaignFilter.all(), null, 0, 20);
        assertThat(q.sql()).doesNotContain("WHERE").contains("ORDER BY lower(c.title), c.id LIMIT 20 OFFSET 0");
        assertThat(q.parameters()).isEmpty();
    }

    @Test
    void textSearchUsesTheDutchConfigurationAndRanksByRelevance() {
        CampaignSearchSql.Query q = CampaignSearchSql.page(CampaignFilter.all().q(" hotels "), null, 0, 20);
        assertThat(q.sql()).contains("c.search_vector @@ websearch_to_tsquery('dutch', ?1)")
                .contains("ORDER BY ts_rank(c.search_vector, websearch_to_tsquery('dutch', ?2)) DESC");
        assertThat(q.parameters()).containsExactly("hotels", "hotels");
    }

    @Test
    void relevanceWithoutTextFallsBackToTitle() {
        CampaignSearchSql.Query q = CampaignSearchSql.page(CampaignFilter.all().sort(CampaignSort.RELEVANCE), null, 0, 5);
        assertThat(q.sql()).doesNotContain("ts_rank").contains("ORDER BY lower(c.title)");
    }

    @Test
    void valuesTravelAsParametersNeverInTheSql() {
        CampaignFilter f = CampaignFilter.all().audiences(Audience.YOUNG_PEOPLE, Audience.CITIZENS)
                .forms(FormOfExploitation.CRIMINAL);
        f.setOrganisation("Fier'; DROP TABLE x; --");
        CampaignSearchSql.Query q = CampaignSearchSql.page(f, "trainer.zorg", 40, 20);
        assertThat(q.sql()).doesNotContain("Fier").doesNotContain("trainer.zorg").doesNotContain("YOUNG_PEOPLE")
                .contains("string_to_array(c.audiences, ',') && string_to_array(?2, ',')")
                .contains("(c.status = ?4 OR c.proposed_by = ?5)")
                .endsWith("LIMIT 20 OFFSET 40");
        assertThat(q.parameters()).containsExactly("%Fier'; DROP TABLE x; --%", "CITIZENS,YOUNG_PEOPLE", "CRIMINAL",
                "PUBLISHED", "trainer.zorg");
    }

    @Test
    void thePageQueryDoesNotCountEveryMatch() {
        assertThat(CampaignSearchSql.page(CampaignFilter.all().q("hotels"), "trainer.zorg", 0, 20).sql())
                .doesNotContain("count(").doesNotContain("OVER");
    }

    @Test
    void aPageThatIsNotFullTellsTheTotalAndAFullOneNeedsACount() {
        assertThat(CampaignSearchSql.totalFromPage(0, 20, 7)).hasValue(7);
        assertThat(CampaignSearchSql.totalFromPage(40, 20, 3)).hasValue(43);
        assertThat(CampaignSearchSql.totalFromPage(0, 20, 0)).hasValue(0);
        assertThat(CampaignSearchSql.totalFromPage(0, 20, 20)).isEmpty();
        assertThat(CampaignSearchSql.totalFromPage(100, 20, 0)).isEmpty();
    }

    @Test
    void likeWildcardsInAnOrganisationAreLiteral() {
        assertThat(CampaignSearchSql.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }

    @Test
    void yearRangeIsOnTheStartYear() {
        CampaignFilter f = CampaignFilter.all();
        f.setStartYearFrom(2020);
        f.setStartYearTo(2021);
        assertThat(CampaignSearchSql.count(f, null).sql())
                .isEqualTo("SELECT count(*) FROM catalogue.campaign c WHERE c.start_year >= ?1 AND c.start_year <= ?2");
    }
}
