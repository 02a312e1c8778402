package nl.signaal.catalogue.campaigns.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.entity.Campaign;

/**
 * Turns a {@link CampaignFilter} into one native PostgreSQL query with positional parameters.
 * Pure (no database), so the SQL each filter produces is unit-tested. Only values travel as
 * parameters; column names and sort orders come from this class, never from the caller.
 * <ul>
 * <li>full text: {@code search_vector @@ websearch_to_tsquery('dutch', ?)} on the generated,
 * GIN-indexed column (V4.1); Dutch stemming, so "hotels" finds "hotel", but compounds are not
 * split: "uitbuiting" does not find "arbeidsuitbuiting";</li>
 * <li>multi-valued columns: array overlap {@code string_to_array(col, ',') && string_to_array(?, ',')};</li>
 * <li>the total is counted apart ({@link #count}), and only when the page cannot tell it
 * ({@link #totalFromPage}): a window {@code count(*) OVER ()} on the page query made PostgreSQL
 * read and keep every match before the {@code LIMIT}, which was the slowest part of opening the
 * catalogue with 10,000 campaigns (see {@code CatalogueBenchmark} and the module README).</li>
 * </ul>
 */
public final class CampaignSearchSql {

    static final String COLUMNS = "c.id, c.title, c.owner_organisation, c.start_year, c.end_year, c.no_end_date, "
            + "c.audiences, c.forms, c.channels, c.cost_band, c.duration_band, c.confidence, c.demo, c.status";

    /** The SQL text and its parameters, numbered from 1 in list order. */
    public record Query(String sql, List<Object> parameters) {
    }

    private CampaignSearchSql() {
    }

    /**
     * @param visibleTo when not null: a trainer's user name; only published campaigns and their own proposals match
     */
    public static Query page(CampaignFilter filter, String visibleTo, int first, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, visibleTo, params);
        String order = order(filter, params);
        String sql = "SELECT " + COLUMNS + " FROM catalogue.campaign c" + where
                + " ORDER BY " + order + " LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, first);
        return new Query(sql, params);
    }

    /** The number of matches, for when {@link #totalFromPage} cannot tell it. */
    public static Query count(CampaignFilter filter, String visibleTo) {
        List<Object> params = new ArrayList<>();
        return new Query("SELECT count(*) FROM catalogue.campaign c" + where(filter, visibleTo, params), params);
    }

    /**
     * The total when the page itself shows it: a page that is not full is the last one, and an
     * empty first page means no matches. Empty when a count query is needed (a full page, or an
     * empty page past the start).
     *
     * @param rows the number of rows the page query returned
     */
    public static java.util.OptionalLong totalFromPage(int first, int size, int rows) {
        if (rows > 0 && rows < size || rows == 0 && first == 0) {
            return java.util.OptionalLong.of((long) first + rows);
        }
        return java.util.OptionalLong.empty();
    }

    static String where(CampaignFilter f, String visibleTo, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (hasText(f.getQ())) {
            conditions.add("c.search_vector @@ websearch_to_tsquery('dutch', " + param(params, f.getQ().strip()) + ")");
        }
        if (hasText(f.getOrganisation())) {
            String p = param(params, "%" + escapeLike(f.getOrganisation().strip()) + "%");
            conditions.add("(c.owner_organisation ILIKE " + p + " OR c.partner_organisations ILIKE " + p + ")");
        }
        overlap(conditions, params, "audiences", f.getAudiences());
        overlap(conditions, params, "sectors", f.getSectors());
        overlap(conditions, params, "forms", f.getForms());
        overlap(conditions, params, "channels", f.getChannels());
        anyOf(conditions, params, "cost_band", f.getCostBands());
        anyOf(conditions, params, "duration_band", f.getDurationBands());
        if (f.getScope() != null) {
            conditions.add("c.scope = " + param(params, f.getScope().name()));
        }
        if (hasText(f.getAreaCode())) {
            conditions.add(param(params, f.getAreaCode().strip().toUpperCase(java.util.Locale.ROOT))
                    + " = ANY (string_to_array(c.area_codes, ','))");
        }
        if (f.getStartYearFrom() != null) {
            conditions.add("c.start_year >= " + param(params, f.getStartYearFrom()));
        }
        if (f.getStartYearTo() != null) {
            conditions.add("c.start_year <= " + param(params, f.getStartYearTo()));
        }
        if (f.getNoEndDate() != null) {
            conditions.add("c.no_end_date = " + param(params, f.getNoEndDate()));
        }
        if (f.getConfidence() != null) {
            conditions.add("c.confidence = " + param(params, f.getConfidence().name()));
        }
        if (f.getStatus() != null) {
            conditions.add("c.status = " + param(params, f.getStatus().name()));
        }
        if (f.getDemo() != null) {
            conditions.add("c.demo = " + param(params, f.getDemo()));
        }
        if (visibleTo != null) {
            conditions.add("(c.status = " + param(params, CampaignStatus.PUBLISHED.name())
                    + " OR c.proposed_by = " + param(params, visibleTo) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String order(CampaignFilter f, List<Object> params) {
        CampaignSort sort = f.getSort();
        if (sort == CampaignSort.RELEVANCE && hasText(f.getQ())) {
            return "ts_rank(c.search_vector, websearch_to_tsquery('dutch', " + param(params, f.getQ().strip())
                    + ")) DESC, lower(c.title), c.id";
        }
        return switch (sort) {
            case START_YEAR_DESC -> "c.start_year DESC NULLS LAST, lower(c.title), c.id";
            case START_YEAR_ASC -> "c.start_year ASC NULLS LAST, lower(c.title), c.id";
            default -> "lower(c.title), c.id";
        };
    }

    private static <E extends Enum<E>> void overlap(List<String> conditions, List<Object> params, String column, Set<E> values) {
        if (!values.isEmpty()) {
            conditions.add("string_to_array(c." + column + ", ',') && string_to_array("
                    + param(params, Campaign.join(values)) + ", ',')");
        }
    }

    private static <E extends Enum<E>> void anyOf(List<String> conditions, List<Object> params, String column, Set<E> values) {
        if (!values.isEmpty()) {
            conditions.add("c." + column + " = ANY (string_to_array(" + param(params, Campaign.join(values)) + ", ','))");
        }
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
