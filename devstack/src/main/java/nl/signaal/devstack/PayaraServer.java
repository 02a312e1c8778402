package nl.signaal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Server (full profile) with a domain of our own per profile. The domain is created
 * and configured once (JDBC pool and resource, role mapping, heap); every start deploys the
 * freshly built EAR. Configuration the application reads (database, OpenID provider) is
 * passed as environment variables, exactly as docker/ does it.
 */
final class PayaraServer implements AutoCloseable {

    static final String DOMAIN = "signaal";

    private final Profile profile;
    private final Path zip;
    private final Map<String, String> environment;
    private Path asadmin;
    private Path domains;
    private boolean started;

    PayaraServer(Profile profile, Path zip, Map<String, String> environment) {
        this.profile = profile;
        this.zip = zip;
        this.environment = environment;
    }

    Path home() {
        return profile.home().resolve("payara/payara6");
    }

    void start() {
        Zips.unpackOnce(zip, profile.home().resolve("payara"));
        asadmin = home().resolve("bin/asadmin");
        domains = profile.home().resolve("domains");
        Path log = profile.logs().resolve("asadmin.log");
        boolean fresh = !Files.isDirectory(domains.resolve(DOMAIN));
        if (fresh) {
            asadmin(log, "create-domain", "--nopassword=true", "--portbase", String.valueOf(profile.payaraPortBase()),
                    "--domaindir", domains.toString(), DOMAIN);
        } else if (listening(profile.adminPort())) {
            // a server left behind by a killed run: stop it so it picks up this run's environment
            asadmin(log, "stop-domain", "--kill=true", "--domaindir", domains.toString(), DOMAIN);
        }
        installJdbcDriver();
        boolean leftDeployed = !fresh && deployedInDomain();
        asadmin(log, "start-domain", "--domaindir", domains.toString(), DOMAIN);
        started = true;
        if (leftDeployed) {
            // a run that was killed left the application deployed; the server loads it in the
            // background after start-domain returns, and a deploy during that load fails
            try {
                Processes.await("Previous deployment", Duration.ofSeconds(90), null, log, () -> {
                    int status = Processes.status(profile.baseUrl());
                    return status == 200 || status >= 500;
                });
            } catch (IllegalStateException stillLoading) {
                // it failed to load, so there is nothing left to race with
            }
        }
        Path configured = domains.resolve(DOMAIN).resolve(".signaal-configured");
        if (!Files.exists(configured)) {
            configure(log);
            try {
                Files.writeString(configured, "configured by the devstack\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void configure(Path log) {
        Path commands = profile.home().resolve("configure.asadmin");
        String pool = "serverName=localhost:portNumber=" + profile.postgresPort() + ":databaseName=" + Database.NAME
                + ":user=" + Database.USER + ":password=" + Database.PASSWORD;
        List<String> lines = List.of(
                "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                        + " --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32"
                        + " --isconnectvalidatereq=true --validationmethod custom-validation"
                        + " --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                        + " --property " + pool + " signaal-pool",
                "create-jdbc-resource --connectionpoolid signaal-pool jdbc/signaal",
                "set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true",
                "delete-jvm-options -Xmx512m",
                "create-jvm-options -Xmx1024m");
        try {
            Files.write(commands, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        asadmin(log, "--port", String.valueOf(profile.adminPort()), "multimode", "--file", commands.toString());
        asadmin(log, "restart-domain", "--domaindir", domains.toString(), DOMAIN);
    }

    void deploy(Path ear) {
        Path log = profile.logs().resolve("asadmin.log");
        asadmin(log, "--port", String.valueOf(profile.adminPort()), "deploy", "--force=true", "--name", "signaal",
                ear.toString());
    }

    void awaitApplication() {
        Path serverLog = domains.resolve(DOMAIN).resolve("logs/server.log");
        Processes.await("Signaal on Payara", Duration.ofMinutes(3), null, serverLog,
                () -> Processes.status(profile.baseUrl()) == 200);
    }

    private boolean deployedInDomain() {
        try {
            return Files.readString(domains.resolve(DOMAIN).resolve("config/domain.xml")).contains("name=\"signaal\"");
        } catch (IOException e) {
            return false;
        }
    }

    private void installJdbcDriver() {
        try {
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = domains.resolve(DOMAIN).resolve("lib/postgresql.jar");
            Files.createDirectories(lib.getParent());
            Files.copy(driver, lib, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void asadmin(Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", asadmin.toString()));
        command.addAll(List.of(arguments));
        Processes.run(command, profile.home(), environment, log);
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (started) {
            try {
                // leave no deployment behind, so the next start never races the server's own loading of it
                asadmin(profile.logs().resolve("asadmin.log"), "--port", String.valueOf(profile.adminPort()),
                        "undeploy", "signaal");
            } catch (RuntimeException e) {
                // not deployed (the deployment failed): nothing to undeploy
            }
            try {
                asadmin(profile.logs().resolve("asadmin.log"), "stop-domain", "--domaindir", domains.toString(), DOMAIN);
            } catch (RuntimeException e) {
                asadmin(profile.logs().resolve("asadmin.log"), "stop-domain", "--kill=true", "--domaindir",
                        domains.toString(), DOMAIN);
            }
            started = false;
        }
    }
}
