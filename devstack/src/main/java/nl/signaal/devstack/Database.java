package nl.signaal.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from Maven artifacts (no install, no root), with its data in a
 * folder that survives restarts. Durable settings ({@code fsync}, {@code synchronous_commit})
 * are switched back on: a learner's answers must survive a crash of the dev machine too.
 */
final class Database implements AutoCloseable {

    static final String NAME = "signaal";
    static final String USER = "signaal";
    static final String PASSWORD = "signaal";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Profile profile;
    private EmbeddedPostgres postgres;

    Database(Profile profile) {
        this.profile = profile;
    }

    void start() {
        Path data = profile.home().resolve("pgdata");
        try {
            if (profile.freshData()) {
                Devstack.deleteTree(data);
            }
            Files.createDirectories(data);
            postgres = startOnce(data);
        } catch (IOException first) {
            // after a hard kill the old server may still hold postmaster.pid; it exits once its parent is gone
            LOG.info("PostgreSQL did not start (" + first.getMessage() + "); retrying once");
            Processes.sleep(3000);
            try {
                postgres = startOnce(data);
            } catch (IOException second) {
                throw new UncheckedIOException("PostgreSQL did not start; data in " + data, second);
            }
        }
        createApplicationDatabase();
    }

    private EmbeddedPostgres startOnce(Path data) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(profile.postgresPort())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(profile.logs().resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(profile.logs().resolve("postgres.log").toFile()))
                .start();
    }

    private void createApplicationDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + NAME + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + NAME, e);
        }
    }

    int port() {
        return profile.postgresPort();
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
