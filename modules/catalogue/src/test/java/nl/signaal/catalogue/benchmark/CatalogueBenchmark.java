package nl.signaal.catalogue.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.campaigns.control.CampaignSearchSql;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * Catalogue search and filter latency with 10,000 campaigns and 100,000 materials (issue 4:
 * p95 ≤ 50 ms). It runs the product's own SQL: every query is built by
 * {@link CampaignSearchSql#page}, the class {@code CampaignStore.search} uses, and only the
 * schema qualifier {@code catalogue.} is pointed at the benchmark schema.
 *
 * <p>The data never touches the product's catalogue: the module's own migrations
 * ({@code db/migration/catalogue/V4.*.sql}, schema name rewritten) create a throwaway schema
 * {@code catalogue_bench} in the given database, {@link BenchmarkData} fills it, {@code VACUUM
 * ANALYZE} gives the planner statistics, and the schema is dropped at the end (keep it for a
 * rerun with {@code -Dbenchmark.keep=true}). A separate schema rather than a separate database
 * because the run stack's database user may not create databases.
 *
 * <p>Each scenario is one kind of search a trainer does (free text with Dutch stemming, a
 * phrase, filter combinations, a later page, the admin's proposals); its parameters vary per
 * iteration. Time is measured around execute + reading every row over JDBC, as the server's
 * connection pool does. Prints p50/p95/p99 per scenario and overall.
 *
 * <pre>
 * mvn -pl modules/catalogue -am -Pbenchmark test-compile
 *   -Dbenchmark.jdbc-url=jdbc:postgresql://localhost:15432/signaal -Dbenchmark.user=signaal -Dbenchmark.password=signaal
 *   -Dbenchmark.campaigns=10000 -Dbenchmark.materials=100000 -Dbenchmark.warmup=50 -Dbenchmark.iterations=300
 * </pre>
 */
public final class CatalogueBenchmark {

    static final String PRODUCT_SCHEMA = "catalogue";
    private static final Pattern NUMBERED_PARAMETER = Pattern.compile("\\?(\\d+)");
    private static final String TRAINER = "trainer.zorg";
    private static final int PAGE_SIZE = 20;

    /** One kind of search; {@code filter} gives the iteration's variant. */
    record Scenario(String name, IntFunction<CampaignFilter> filter, boolean admin, IntFunction<Integer> first) {
    }

    /** A query with JDBC's plain {@code ?} markers and its values in marker order. */
    record JdbcQuery(String sql, List<Object> values) {
    }

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("benchmark.jdbc-url", "jdbc:postgresql://localhost:15432/signaal");
        String user = System.getProperty("benchmark.user", "signaal");
        String password = System.getProperty("benchmark.password", "signaal");
        String schema = System.getProperty("benchmark.schema", "catalogue_bench");
        int campaigns = Integer.getInteger("benchmark.campaigns", 10_000);
        int materials = Integer.getInteger("benchmark.materials", 100_000);
        int warmup = Integer.getInteger("benchmark.warmup", 50);
        int iterations = Integer.getInteger("benchmark.iterations", 300);
        boolean keep = Boolean.getBoolean("benchmark.keep");
        if (!schema.matches("[a-z_][a-z0-9_]*") || schema.equals(PRODUCT_SCHEMA)) {
            throw new IllegalArgumentException("benchmark.schema must be a plain name other than " + PRODUCT_SCHEMA);
        }

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!keep || !schemaHasData(connection, schema, campaigns)) {
                long started = System.nanoTime();
                createSchema(connection, schema);
                connection.setAutoCommit(false);
                new BenchmarkData().generate(connection, schema, campaigns, materials);
                connection.commit();
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("VACUUM ANALYZE " + schema + ".campaign");
                    s.execute("VACUUM ANALYZE " + schema + ".material");
                    s.execute("VACUUM ANALYZE " + schema + ".material_content");
                }
                System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", counts(connection, schema),
                        (System.nanoTime() - started) / 1e9);
            } else {
                System.out.printf(Locale.ROOT, "reusing %s%n", counts(connection, schema));
            }
            try {
                run(connection, schema, warmup, iterations);
            } finally {
                if (!keep) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("DROP SCHEMA " + schema + " CASCADE");
                    }
                    System.out.println("dropped schema " + schema);
                }
            }
        }
    }

    static List<Scenario> scenarios() {
        String[] words = {"mensenhandel", "arbeidsuitbuiting", "loverboys", "hotels", "signalen herkennen",
            "\"seksuele uitbuiting\"", "horeca -bouw", "gemeente or gemeenten", "Rotterdam", "orgaanhandel",
            "jongeren grooming", "schuldslavernij"};
        return List.of(
                new Scenario("browse: no filter, by title (the page as it opens)", i -> CampaignFilter.all(), false, i -> 0),
                new Scenario("text: one Dutch word or phrase, by relevance", i -> CampaignFilter.all().q(words[i % words.length]),
                        false, i -> 0),
                new Scenario("text: very common word, by relevance", i -> CampaignFilter.all().q("mensenhandel"), false, i -> 0),
                new Scenario("text: rare word", i -> CampaignFilter.all().q(i % 2 == 0 ? "orgaanhandel" : "schuldslavernij"),
                        false, i -> 0),
                new Scenario("filter: audience + sector + form", i -> CampaignFilter.all()
                        .audiences(Audience.values()[i % 4]).sectors(Sector.values()[i % 10])
                        .forms(FormOfExploitation.values()[i % 4]), false, i -> 0),
                new Scenario("filter: cost + duration band, start years, newest first", i -> {
                    CampaignFilter f = CampaignFilter.all().sort(CampaignSort.START_YEAR_DESC);
                    f.setCostBands(java.util.EnumSet.of(CostBand.values()[i % 4]));
                    f.setDurationBands(java.util.EnumSet.of(DurationBand.values()[i % 6], DurationBand.NO_END_DATE));
                    f.setStartYearFrom(2010 + i % 10);
                    f.setStartYearTo(2020 + i % 5);
                    return f;
                }, false, i -> 0),
                new Scenario("filter: organisation name (ILIKE)", i -> {
                    CampaignFilter f = CampaignFilter.all();
                    f.setOrganisation(i % 2 == 0 ? "gemeente" : "CoMensha");
                    return f;
                }, false, i -> 0),
                new Scenario("filter: municipality scope + area code + channel", i -> {
                    CampaignFilter f = CampaignFilter.all().channels(Channel.values()[i % 9]);
                    f.setScope(GeographicScope.MUNICIPALITY);
                    f.setAreaCode(BenchmarkData.MUNICIPALITIES[i % BenchmarkData.MUNICIPALITIES.length]);
                    return f;
                }, false, i -> 0),
                new Scenario("text + filters, page 1–10", i -> {
                    CampaignFilter f = CampaignFilter.all().q(words[i % words.length]).audiences(Audience.PROFESSIONALS)
                            .forms(FormOfExploitation.LABOUR, FormOfExploitation.SEXUAL);
                    f.setNoEndDate(i % 3 == 0 ? Boolean.TRUE : null);
                    return f;
                }, false, i -> 20 * (i % 10)),
                new Scenario("browse: deep page (offset 2,000)", i -> CampaignFilter.all(), false, i -> 2_000 + 20 * (i % 10)),
                new Scenario("admin: proposals to approve", i -> {
                    CampaignFilter f = CampaignFilter.all();
                    f.setStatus(CampaignStatus.PROPOSED);
                    return f;
                }, true, i -> 0));
    }

    static void run(Connection connection, String schema, int warmup, int iterations) throws SQLException {
        List<Scenario> scenarios = scenarios();
        List<double[]> all = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-56s %8s %8s %8s %8s %7s%n", "scenario (page size 20)", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "total");
        for (Scenario scenario : scenarios) {
            for (int i = 0; i < warmup; i++) {
                time(connection, schema, scenario, i);
            }
            double[] millis = new double[iterations];
            long hits = 0;
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                hits += time(connection, schema, scenario, i);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            all.add(millis);
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%-56s %8.2f %8.2f %8.2f %8.2f %7d%n", scenario.name(), pct(millis, 50),
                    pct(millis, 95), pct(millis, 99), millis[millis.length - 1], hits / iterations);
        }
        double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-56s %8.2f %8.2f %8.2f %8.2f%n", "ALL (" + merged.length + " searches)",
                pct(merged, 50), pct(merged, 95), pct(merged, 99), merged[merged.length - 1]);
        System.out.printf(Locale.ROOT, "issue 4 target p95 <= 50 ms: %s%n", pct(merged, 95) <= 50 ? "MET" : "NOT MET");
    }

    /**
     * One search as {@code CampaignStore.search} does it: the page query, then the count query
     * only when {@link CampaignSearchSql#totalFromPage} says the page cannot tell the total.
     * Reads every column of every row. Returns the total.
     */
    private static long time(Connection connection, String schema, Scenario scenario, int i) throws SQLException {
        CampaignFilter filter = scenario.filter().apply(i);
        String visibleTo = scenario.admin() ? null : TRAINER;
        int first = scenario.first().apply(i);
        int rows = 0;
        try (PreparedStatement statement = prepare(connection, toJdbc(CampaignSearchSql.page(filter, visibleTo, first, PAGE_SIZE), schema));
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
        }
        java.util.OptionalLong known = CampaignSearchSql.totalFromPage(first, PAGE_SIZE, rows);
        if (known.isPresent()) {
            return known.getAsLong();
        }
        try (PreparedStatement statement = prepare(connection, toJdbc(CampaignSearchSql.count(filter, visibleTo), schema));
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, JdbcQuery query) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.sql());
        for (int p = 0; p < query.values().size(); p++) {
            statement.setObject(p + 1, query.values().get(p));
        }
        return statement;
    }

    /**
     * The product's SQL for plain JDBC: JPA's numbered {@code ?n} become {@code ?} in order of
     * appearance (a number used twice is bound twice), and the product schema becomes the benchmark's.
     */
    static JdbcQuery toJdbc(CampaignSearchSql.Query query, String schema) {
        Matcher m = NUMBERED_PARAMETER.matcher(query.sql());
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            values.add(query.parameters().get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        String from = " " + PRODUCT_SCHEMA + ".campaign ";
        if (!sql.toString().contains(from)) {
            throw new IllegalStateException("the search SQL no longer reads " + from + ": " + sql);
        }
        return new JdbcQuery(sql.toString().replace(from, " " + schema + ".campaign "), values);
    }

    /** The catalogue migrations, in version order, with the schema name rewritten. */
    static void createSchema(Connection connection, String schema) throws SQLException, IOException, URISyntaxException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            for (String sql : migrations()) {
                s.execute(sql.replaceAll("\\b" + PRODUCT_SCHEMA + "\\.", schema + ".")
                        .replaceAll("(?i)CREATE SCHEMA IF NOT EXISTS " + PRODUCT_SCHEMA + "\\b", "CREATE SCHEMA " + schema));
            }
        }
    }

    static List<String> migrations() throws IOException, URISyntaxException {
        Path folder = Path.of(CatalogueBenchmark.class.getResource("/db/migration/catalogue").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().matches("V4\\.\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("V4\\.(\\d+)__.*", "$1"))))
                    .toList();
            List<String> texts = new ArrayList<>();
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return texts;
        }
    }

    private static boolean schemaHasData(Connection connection, String schema, int campaigns) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                     + "' AND table_name = 'campaign'")) {
            r.next();
            if (r.getInt(1) == 0) {
                return false;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema + ".campaign")) {
            r.next();
            return r.getLong(1) >= campaigns;
        }
    }

    private static String counts(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + schema + ".campaign), (SELECT count(*) FROM "
                     + schema + ".material), (SELECT count(*) FROM " + schema + ".material_content)")) {
            r.next();
            return String.format(Locale.ROOT, "%,d campaigns, %,d materials (%,d files) in schema %s", r.getLong(1),
                    r.getLong(2), r.getLong(3), schema);
        }
    }

    private static double pct(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
