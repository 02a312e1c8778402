package nl.signaal.organisations.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.control.DashboardCache;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.tenant.TenantScope;
import org.flywaydb.core.Flyway;

/**
 * The org admin's dashboard load (issue 5: p95 ≤ 50 ms for an organisation of 10,000 staff in a
 * database of 2,000 organisations and 5,000,000 attempt/completion rows; the number of SQL
 * statements per load does not grow with the organisation's size).
 *
 * <p>It measures the product's own code: each load is what {@code Dashboard.report()} does —
 * the tenant scope resolves the caller's organisation code ({@link OrganisationTenants}), then
 * {@link DashboardReader#report()} reads and computes everything the page and its exports show —
 * through EclipseLink (the provider Payara ships) with the module's own persistence unit, a fresh
 * EntityManager per load as a transaction-scoped one would be, over one warm JDBC connection as
 * a pool gives, with one {@link DashboardCache} for all loads as the server has. Nothing of the
 * reader's SQL is copied here.
 *
 * <p>Seven series, since the reader keeps each part of the dashboard while what it is computed from
 * has not changed, and computes again only what changed (docs/adr/0010). Before each load (untimed,
 * committed on another connection): nothing — an organisation that did not change since its last
 * load; one of its signal-tally rows rewritten as an answer does, which raises its signals number,
 * so the heat map is read and computed again; one of its members saved (an UPDATE of the row),
 * which notes the member's department (V2.16), so that department is; a completion of an active
 * member rewritten, as a new completion rewrites the person's latest completion, which notes the
 * person's department and the trend; an assignment saved, which notes its course (V2.17), so that
 * course's figures are computed again in every department; a department saved, which notes the
 * tree (V2.18), so the departments are read again and every figure kept; and nothing kept — a
 * server's first load, or one after a department moved to another parent — so everything is read
 * and computed.
 *
 * <p>The database is an embedded PostgreSQL (zonky, as the devstack's) in
 * {@code target/dashboard-benchmark-db}, migrated with the module's Flyway migrations and filled
 * by {@link DashboardData} once; later runs reuse it (regenerate with
 * {@code -Dbenchmark.regenerate=true}). A counting data source tells how many statements each
 * load executes, for the large organisation and a small one; the benchmark fails when they
 * differ. {@code -Dbenchmark.explain=true} prints {@code EXPLAIN (ANALYZE, BUFFERS)} of every
 * statement of one load of the large organisation right after a change.
 *
 * <pre>
 * mvn -pl modules/organisations -am -Pbenchmark test-compile
 *   -Dbenchmark.warmup=50 -Dbenchmark.iterations=300   (defaults; see the profile for the data sizes)
 * </pre>
 */
public final class DashboardBenchmark {

    static final String LARGE = "bench-groot";
    static final String SMALL = "bench-klein";
    static final double TARGET_P95_MS = 50;

    private static final Field READER_EM = field(DashboardReader.class, "em");
    private static final Field READER_TENANT = field(DashboardReader.class, "tenant");
    private static final Field READER_CLOCK = field(DashboardReader.class, "clock");
    private static final Field READER_CACHE = field(DashboardReader.class, "cache");
    private static final Field TENANTS_EM = field(OrganisationTenants.class, "em");

    private DashboardBenchmark() {
    }

    /** The caller's organisation as the tenant scope knows it: resolved from the token's code once per request. */
    static final class Tenant extends TenantScope {
        private final String code;
        private final OrganisationTenants directory;
        private Long id;

        Tenant(String code, OrganisationTenants directory) {
            this.code = code;
            this.directory = directory;
        }

        @Override
        public String organisationCode() {
            return code;
        }

        @Override
        public long organisationId() {
            if (id == null) {
                id = directory.organisationIdOf(code).orElseThrow(() -> new IllegalStateException("no organisation " + code));
            }
            return id;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/dashboard-benchmark-db")).toAbsolutePath();
        DashboardData.Size size = new DashboardData.Size(Integer.getInteger("benchmark.organisations", 2_000),
                Integer.getInteger("benchmark.large-staff", 10_000), Integer.getInteger("benchmark.members", 300_000),
                Long.getLong("benchmark.rows", 5_000_000L));
        int warmup = Integer.getInteger("benchmark.warmup", 50);
        int iterations = Integer.getInteger("benchmark.iterations", 300);
        boolean regenerate = Boolean.getBoolean("benchmark.regenerate");
        boolean explain = Boolean.getBoolean("benchmark.explain");

        Files.createDirectories(dataDir.getParent());
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        System.out.println("embedded PostgreSQL in " + dataDir + " (log " + log + ")");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start()) {
            DataSource database = postgres.getPostgresDatabase();
            double generatedIn;
            boolean reused;
            try (Connection c = database.getConnection()) {
                generatedIn = regenerate ? -1 : DashboardData.generatedBefore(c, size);
                reused = generatedIn >= 0;
                if (!reused) {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS organisations CASCADE");
                        s.execute("DROP TABLE IF EXISTS public.flyway_schema_history, public.dashboard_benchmark");
                    }
                }
            }
            long migrating = System.nanoTime();
            int migrations = Flyway.configure().dataSource(database).locations("classpath:db/migration/organisations").outOfOrder(true)
                    .load().migrate().migrationsExecuted;
            try (Connection c = database.getConnection()) {
                if (!reused) {
                    System.out.println("generating " + size.key() + " …");
                    generatedIn = DashboardData.generate(c, size);
                } else if (migrations > 0) {
                    // new migrations ran over the reused data (backfilling what they add): VACUUM ANALYZE, as
                    // autovacuum would soon after, so the planner has statistics and index-only scans a visibility map
                    try (Statement s = c.createStatement()) {
                        s.execute("VACUUM ANALYZE");
                        // a second pass marks what the first could not yet see as visible to everyone
                        // (autovacuum may have held back the horizon while the first ran)
                        s.execute("VACUUM");
                    }
                    System.out.printf(Locale.ROOT, "%d new migration(s) applied to the reused data, then VACUUM ANALYZE: %.1f s%n",
                            migrations, (System.nanoTime() - migrating) / 1e9);
                }
                System.out.printf(Locale.ROOT, "data: %s, generated in %.1f s%s%n", size.key(), generatedIn,
                        reused ? " (an earlier run; reused)" : "");
                System.out.print(DashboardData.counts(c, organisationId(c, LARGE)));
            }

            Connection physical = database.getConnection();
            String planCacheMode = System.getProperty("benchmark.plan-cache-mode", "");
            if (!planCacheMode.isBlank()) {
                // the server's setting for this connection, as a pool could set it (plan_cache_mode: auto, force_custom_plan, …)
                try (PreparedStatement p = physical.prepareStatement("SELECT set_config('plan_cache_mode', ?, false)")) {
                    p.setString(1, planCacheMode);
                    p.execute();
                }
            }
            try (Statement s = physical.createStatement(); ResultSet r = s.executeQuery("SHOW plan_cache_mode")) {
                r.next();
                System.out.println("plan_cache_mode of the measured connection: " + r.getString(1));
            }
            CountingDataSource counting = new CountingDataSource(physical);
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", counting);
            properties.put("jakarta.persistence.nonJtaDataSource", counting);
            properties.put("eclipselink.logging.level", "WARNING");
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("organisations", properties);
            DashboardCache cache = new DashboardCache(DashboardCache.DEFAULT_CAPACITY);
            try (Connection admin = database.getConnection()) {
                Change change = new Change(admin, organisationId(admin, LARGE), organisationId(admin, SMALL));
                boolean equal = statementsPerLoad(emf, counting, cache, change);
                keptMemory(emf, cache, organisationId(admin, LARGE));
                double unchanged = measure(emf, counting, cache, warmup, iterations, "unchanged since its last load", null);
                double answered = measure(emf, counting, cache, warmup / 5, iterations, "right after an answer (a tally row rewritten)",
                        () -> change.answer(LARGE));
                double changed = measure(emf, counting, cache, warmup / 5, iterations, "right after a member saved (one department changed)",
                        () -> change.member(LARGE));
                double completed = measure(emf, counting, cache, warmup / 5, iterations,
                        "right after a completion (one department and the trend changed)", () -> change.completion(LARGE));
                double assigned = measure(emf, counting, cache, warmup / 5, iterations,
                        "right after an assignment saved (one course changed)", () -> change.assignment(LARGE));
                double renamed = measure(emf, counting, cache, warmup / 5, iterations,
                        "right after a department saved (the tree read again)", () -> change.department(LARGE));
                long large = organisationId(admin, LARGE);
                double everything = measure(emf, counting, cache, warmup / 5, iterations,
                        "a server's first load (nothing kept: computed whole)", () -> cache.forget(large));
                if (explain) {
                    change.member(LARGE);
                    explain(emf, counting, cache, database);
                    change.assignment(LARGE);
                    explain(emf, counting, cache, database);
                    cache.forget(organisationId(admin, LARGE));
                    explain(emf, counting, cache, database);
                }
                System.out.printf(Locale.ROOT, "%nissue 5 targets: p95 <= %.0f ms: %s for a load of an unchanged organisation (%.1f ms),"
                                + " %s right after an answer (%.1f ms), %s right after a member saved (%.1f ms), %s right after a"
                                + " completion (%.1f ms), %s right after an assignment saved (%.1f ms), %s right after a department"
                                + " saved (%.1f ms), %s for a server's first load (%.1f ms);"
                                + " statements per load independent of size: %s%n",
                        TARGET_P95_MS, verdict(unchanged), unchanged, verdict(answered), answered, verdict(changed), changed,
                        verdict(completed), completed, verdict(assigned), assigned, verdict(renamed), renamed,
                        verdict(everything), everything,
                        equal ? "MET" : "NOT MET");
                if (!equal) {
                    System.exit(1);
                }
            } finally {
                emf.close();
                counting.closePhysical();
            }
        }
    }

    private static String verdict(double p95) {
        return p95 <= TARGET_P95_MS ? "MET" : "NOT MET";
    }

    /**
     * Changes as the product makes them, each in its own committed transaction and leaving the data as
     * it was: a member saved by an org admin (an UPDATE of the row), and a signal-tally row rewritten as
     * a learner's answer does through the judgement triggers.
     */
    static final class Change {
        private final PreparedStatement save;
        private final PreparedStatement tally;
        private final PreparedStatement completion;
        private final PreparedStatement assignment;
        private final PreparedStatement department;
        private final Map<String, Long> organisations;
        private final java.util.Random random = new java.util.Random(42);

        Change(Connection admin, long large, long small) throws java.sql.SQLException {
            admin.setAutoCommit(true);
            this.save = admin.prepareStatement("UPDATE organisations.member SET job = job WHERE id = (SELECT id FROM organisations.member"
                    + " WHERE organisation_id = ? ORDER BY id OFFSET ? LIMIT 1)");
            this.tally = admin.prepareStatement("UPDATE organisations.signal_tally SET people = people WHERE ctid = (SELECT ctid"
                    + " FROM organisations.signal_tally WHERE organisation_id = ? ORDER BY course_id, signal_id, department_id OFFSET ? LIMIT 1)");
            // a completion of an active member heard again: the fact rewritten, which rewrites the person's latest
            // completion (V2.11's trigger) as a new completion does
            this.completion = admin.prepareStatement("UPDATE organisations.completion_fact SET completed_at = completed_at WHERE id = (SELECT f.id"
                    + " FROM organisations.completion_fact f JOIN organisations.member m ON m.keycloak_user_id = f.learner_subject"
                    + " AND m.organisation_id = f.organisation_id AND m.active WHERE f.organisation_id = ? ORDER BY f.id OFFSET ? LIMIT 1)");
            this.assignment = admin.prepareStatement("UPDATE organisations.assignment SET due_date = due_date WHERE id = (SELECT id"
                    + " FROM organisations.assignment WHERE organisation_id = ? ORDER BY id OFFSET ? LIMIT 1)");
            this.department = admin.prepareStatement("UPDATE organisations.department SET name = name WHERE id = (SELECT id"
                    + " FROM organisations.department WHERE organisation_id = ? ORDER BY id OFFSET ? LIMIT 1)");
            this.organisations = Map.of(LARGE, large, SMALL, small);
        }

        void department(String code) {
            run(department, code, 1, "department saved");
        }

        void completion(String code) {
            run(completion, code, LARGE.equals(code) ? 20_000 : 20, "completion rewritten");
        }

        void assignment(String code) {
            run(assignment, code, 1, "assignment saved");
        }

        void member(String code) {
            run(save, code, LARGE.equals(code) ? 5_000 : 10, "member saved");
        }

        void answer(String code) {
            run(tally, code, LARGE.equals(code) ? 10_000 : 50, "tally row rewritten");
        }

        private void run(PreparedStatement statement, String code, int within, String what) {
            try {
                statement.setLong(1, organisations.get(code));
                statement.setInt(2, random.nextInt(within));
                if (statement.executeUpdate() != 1) {
                    throw new IllegalStateException("no " + what + " in " + code);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Roughly how much memory the dashboard cache holds for the large organisation: the heap in use
     * after a full collection with its parts kept, and after forgetting them (then loads it again).
     */
    static void keptMemory(EntityManagerFactory emf, DashboardCache cache, long large) throws ReflectiveOperationException {
        load(emf, LARGE, cache);
        long with = usedAfterGc();
        cache.forget(large);
        long without = usedAfterGc();
        load(emf, LARGE, cache);
        System.out.printf(Locale.ROOT, "%nkept in the dashboard cache for %s: ~%.1f MB (heap in use after a full collection, with and"
                + " without its parts)%n", LARGE, (with - without) / 1e6);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** One dashboard load as {@code Dashboard.report()} does it, in a fresh persistence context. */
    static DashboardReport load(EntityManagerFactory emf, String code, DashboardCache cache) throws ReflectiveOperationException {
        EntityManager em = emf.createEntityManager();
        try {
            OrganisationTenants directory = new OrganisationTenants();
            TENANTS_EM.set(directory, em);
            Tenant tenant = new Tenant(code, directory);
            DashboardReader reader = new DashboardReader();
            READER_EM.set(reader, em);
            READER_TENANT.set(reader, tenant);
            READER_CLOCK.set(reader, Clock.systemUTC());
            READER_CACHE.set(reader, cache);
            tenant.organisationId(); // Dashboard.report() refuses a caller without organisation first
            return reader.report();
        } finally {
            em.close();
        }
    }

    /**
     * Statements of one (warm) load of the small and of the large organisation, right after a change and
     * unchanged since the last load; prints them, returns whether both organisations' numbers are equal.
     */
    static boolean statementsPerLoad(EntityManagerFactory emf, CountingDataSource counting, DashboardCache cache, Change change)
            throws ReflectiveOperationException {
        Map<String, List<Integer>> perOrganisation = new LinkedHashMap<>();
        for (String code : List.of(SMALL, LARGE)) {
            load(emf, code, cache);
            for (String kind : List.of("right after a department saved", "right after an assignment saved", "right after a member saved", "right after a completion",
                    "right after an answer", "unchanged since its last load")) {
                if (kind.contains("department")) {
                    change.department(code);
                } else if (kind.contains("assignment")) {
                    change.assignment(code);
                } else if (kind.contains("member")) {
                    change.member(code);
                } else if (kind.contains("completion")) {
                    change.completion(code);
                } else if (kind.contains("answer")) {
                    change.answer(code);
                }
                counting.reset();
                DashboardReport report = load(emf, code, cache);
                List<CountingDataSource.Executed> executed = counting.executed();
                perOrganisation.computeIfAbsent(code, k -> new ArrayList<>()).add(executed.size());
                System.out.printf(Locale.ROOT, "%nstatements per dashboard load, %s, %s: %d — %s%n", code, kind, executed.size(),
                        summary(report));
                for (CountingDataSource.Executed e : executed) {
                    System.out.printf(Locale.ROOT, "  %7.2f ms  %s%n", e.nanos() / 1e6, abbreviate(e.sql()));
                }
            }
        }
        boolean equal = perOrganisation.get(SMALL).equals(perOrganisation.get(LARGE));
        System.out.printf(Locale.ROOT, "statements per load (after a department saved, an assignment saved, a member saved, a completion, an answer; unchanged):"
                        + " %s %s, %s %s: %s%n", SMALL,
                perOrganisation.get(SMALL), LARGE, perOrganisation.get(LARGE),
                equal ? "EQUAL" : "DIFFERENT — the number grows with the organisation's size");
        return equal;
    }

    /**
     * Warm-up, then timed loads of the large organisation, each after {@code before} (untimed; null: nothing);
     * prints p50/p95/p99 and per statement; returns p95.
     */
    static double measure(EntityManagerFactory emf, CountingDataSource counting, DashboardCache cache, int warmup, int iterations,
                          String series, Runnable before) throws ReflectiveOperationException {
        for (int i = 0; i < warmup; i++) {
            if (before != null) {
                before.run();
            }
            load(emf, LARGE, cache);
        }
        String loadBefore = loadAverage();
        double[] millis = new double[iterations];
        double[] outside = new double[iterations];
        List<List<Double>> perStatement = new ArrayList<>();
        List<String> sqls = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            if (before != null) {
                before.run();
            }
            counting.reset();
            long start = System.nanoTime();
            load(emf, LARGE, cache);
            millis[i] = (System.nanoTime() - start) / 1e6;
            List<CountingDataSource.Executed> executed = counting.executed();
            outside[i] = millis[i] - executed.stream().mapToDouble(e -> e.nanos() / 1e6).sum();
            for (int s = 0; s < executed.size(); s++) {
                if (perStatement.size() <= s) {
                    perStatement.add(new ArrayList<>());
                    sqls.add(executed.get(s).sql());
                }
                perStatement.get(s).add(executed.get(s).nanos() / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%n=== %s, %s%ndatabase time per statement (%d loads):%n  %8s %8s  %s%n", LARGE, series, iterations,
                "p50 ms",
                "p95 ms", "statement");
        for (int s = 0; s < perStatement.size(); s++) {
            double[] sorted = perStatement.get(s).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %8.2f %8.2f  %s%n", pct(sorted, 50), pct(sorted, 95), abbreviate(sqls.get(s)));
        }
        Arrays.sort(outside);
        System.out.printf(Locale.ROOT, "  %8.2f %8.2f  the rest of the load: Java (EclipseLink's result rows, Figures, SignalHeatMaps, …)%n",
                pct(outside, 50), pct(outside, 95));
        double mean = Arrays.stream(millis).average().orElse(0);
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%ndashboard load (Dashboard.report()), %s, %s, %d warm-up + %d measured:%n", LARGE, series, warmup,
                iterations);
        System.out.printf(Locale.ROOT, "  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms   mean %.2f ms%n", pct(millis, 50),
                pct(millis, 95), pct(millis, 99), millis[millis.length - 1], mean);
        System.out.printf(Locale.ROOT, "  machine: %d cores, load average (1/5/15 min) %s before, %s after%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        return pct(millis, 95);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of each statement of one load of the large organisation right after a change, with the binds it used. */
    static void explain(EntityManagerFactory emf, CountingDataSource counting, DashboardCache cache, DataSource database)
            throws Exception {
        counting.reset();
        load(emf, LARGE, cache);
        try (Connection c = database.getConnection()) {
            for (CountingDataSource.Executed e : counting.executed()) {
                System.out.println("\n=== " + e.sql());
                try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + e.sql())) {
                    for (CountingDataSource.Bind b : e.binds()) {
                        b.method().invoke(p, b.args());
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            System.out.println(r.getString(1));
                        }
                    }
                }
            }
        }
    }

    private static String summary(DashboardReport report) {
        return String.format(Locale.ROOT, "%d department x course rows, %d overdue, %d due soon, heat map %d x %d, %d expiring rows"
                        + " (%d people), %d trend months", report.completion().rows().size(), report.completion().overdue(),
                report.completion().dueSoon(), report.signals().rows().size(), report.signals().columns().size(),
                report.expiring().size(), report.expiringPeople(), report.trend().size());
    }

    private static long organisationId(Connection c, String code) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM organisations.organisation WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The machine's load average (Linux), which the numbers must be read with: the cores may be shared. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() > 150 ? flat.substring(0, 150) + "…" : flat;
    }

    private static double pct(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getSimpleName() + " no longer has the field " + name, e);
        }
    }
}
