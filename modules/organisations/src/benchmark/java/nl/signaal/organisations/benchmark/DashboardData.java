package nl.signaal.organisations.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the organisations schema with the benchmark's data by running
 * {@code benchmark/dashboard-data.sql} (generate_series, seeded: the same parameters give the same
 * data), then {@code VACUUM ANALYZE} so the planner has statistics as it would in production.
 * Remembers the parameters it generated with in {@code public.dashboard_benchmark}, so a rerun
 * reuses the data instead of waiting for it again.
 */
final class DashboardData {

    /** How much to generate; see the SQL file for what each means. */
    record Size(int organisations, int largeStaff, int members, long rows) {

        String key() {
            return String.format(Locale.ROOT, "organisations=%d large-staff=%d members=%d rows=%d v1", organisations, largeStaff,
                    members, rows);
        }
    }

    static final String SCRIPT = "/benchmark/dashboard-data.sql";

    private DashboardData() {
    }

    /** Whether the schema holds data generated with exactly these parameters; the seconds it took then, else -1. */
    static double generatedBefore(Connection connection, Size size) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('public.dashboard_benchmark') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return -1;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT parameters, seconds FROM public.dashboard_benchmark")) {
            return r.next() && r.getString(1).equals(size.key()) ? r.getDouble(2) : -1;
        }
    }

    /** Runs the generator (on an empty, migrated schema) and analyses the tables; returns the seconds it took. */
    static double generate(Connection connection, Size size) throws SQLException, IOException {
        long start = System.nanoTime();
        Map<String, String> parameters = Map.of("${organisations}", String.valueOf(size.organisations()),
                "${largeStaff}", String.valueOf(size.largeStaff()), "${members}", String.valueOf(size.members()),
                "${rows}", String.valueOf(size.rows()));
        try (Statement s = connection.createStatement()) {
            for (String statement : statements(parameters)) {
                long t = System.nanoTime();
                s.execute(statement);
                System.out.printf(Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - t) / 1e9, firstLine(statement));
            }
            long t = System.nanoTime();
            s.execute("VACUUM ANALYZE");
            System.out.printf(Locale.ROOT, "  %6.1f s  VACUUM ANALYZE%n", (System.nanoTime() - t) / 1e9);
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("CREATE TABLE public.dashboard_benchmark (parameters TEXT NOT NULL, seconds DOUBLE PRECISION NOT NULL,"
                    + " generated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())");
            s.execute("INSERT INTO public.dashboard_benchmark (parameters, seconds) VALUES ('" + size.key() + "', " + seconds + ")");
            return seconds;
        }
    }

    /** The script's statements (separated by a semicolon at the end of a line) with the parameters filled in. */
    static List<String> statements(Map<String, String> parameters) throws IOException {
        String script;
        try (InputStream in = DashboardData.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is not on the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            script = script.replace(p.getKey(), p.getValue());
        }
        if (script.contains("${")) {
            throw new IllegalStateException("unfilled parameter in " + SCRIPT);
        }
        List<String> statements = new ArrayList<>();
        for (String part : script.split(";\\s*\\n")) {
            boolean onlyComments = part.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("--"));
            if (!onlyComments) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    /** Table sizes, overall and for one organisation. */
    static String counts(Connection connection, long organisationId) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("organisation", "department", "member", "assignment", "completion_fact", "signal_judgement")) {
                try (ResultSet r = s.executeQuery("SELECT count(*)" + (table.equals("organisation") ? ", 1"
                        : ", count(*) FILTER (WHERE organisation_id = " + organisationId + ")") + " FROM organisations." + table)) {
                    r.next();
                    out.append(String.format(Locale.ROOT, "  %-18s %,12d  (measured organisation: %,d)%n", table, r.getLong(1),
                            r.getLong(2)));
                }
            }
        }
        return out.toString();
    }

    private static String firstLine(String statement) {
        String line = statement.lines().filter(l -> !l.strip().startsWith("--")).findFirst().orElse("").strip();
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
