package nl.signaal.catalogue.insights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.insights.boundary.InsightsReport;
import nl.signaal.catalogue.insights.boundary.Tally;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * Counts in SQL. Multi-valued columns are unnested with a LEFT JOIN so that a campaign with no
 * known audience is counted under "not known" instead of disappearing. Every enum value is
 * listed, with 0 where no campaign has it, so a chart shows the empty bands too.
 */
@Dependent
public class InsightQueries {

    static final String COUNTED = "c.status = 'PUBLISHED' AND NOT c.demo";

    @PersistenceContext(unitName = "catalogue")
    EntityManager em;

    public InsightsReport report() {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM catalogue.campaign c WHERE " + COUNTED)
                .getSingleResult()).longValue();
        return new InsightsReport(total,
                rows("SELECT CAST(c.start_year AS text), count(*) FROM catalogue.campaign c WHERE " + COUNTED
                        + " GROUP BY c.start_year ORDER BY c.start_year NULLS LAST"),
                withAll(unnested("audiences"), Audience.values()),
                withAll(unnested("forms"), FormOfExploitation.values()),
                withAll(grouped("cost_band"), CostBand.values()),
                withAll(grouped("duration_band"), DurationBand.values()));
    }

    private List<Tally> unnested(String column) {
        return rows("SELECT v, count(*) FROM catalogue.campaign c LEFT JOIN LATERAL unnest(string_to_array(c." + column
                + ", ',')) AS v ON TRUE WHERE " + COUNTED + " GROUP BY v");
    }

    private List<Tally> grouped(String column) {
        return rows("SELECT c." + column + ", count(*) FROM catalogue.campaign c WHERE " + COUNTED + " GROUP BY c." + column);
    }

    private List<Tally> rows(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Tally((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Every enum value in declaration order (0 when absent), then "not known" if any campaign is. */
    static List<Tally> withAll(List<Tally> counted, Enum<?>[] values) {
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            byKey.put(value.name(), 0L);
        }
        long unknown = 0;
        for (Tally t : counted) {
            if (t.key() == null) {
                unknown += t.count();
            } else {
                byKey.merge(t.key(), t.count(), Long::sum);
            }
        }
        List<Tally> result = new ArrayList<>();
        byKey.forEach((k, v) -> result.add(new Tally(k, v)));
        if (unknown > 0) {
            result.add(new Tally(null, unknown));
        }
        return result;
    }
}
