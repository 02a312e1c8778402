package nl.signaal.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts the whole product on this machine and keeps it up until Ctrl-C (or SIGTERM), then
 * stops everything it started.
 *
 * <pre>
 * java -cp ... nl.signaal.devstack.Devstack run  path/to/signaal.ear   # developer stack, data kept
 * java -cp ... nl.signaal.devstack.Devstack test path/to/signaal.ear   # test stack, fresh data, other ports
 * </pre>
 *
 * Once the application answers it prints {@code ready at <base URL>} and writes
 * {@code build/<profile>/stack.properties} for the integration tests.
 */
public final class Devstack {

    /** The demo logins of the realm file; {@code DevstackTest} checks they are really in it. */
    static final List<String[]> DEMO_LOGINS = List.of(
            new String[]{"leerling.zorg", "learner", "demo-zorg"},
            new String[]{"trainer.zorg", "trainer", "demo-zorg"},
            new String[]{"beheer.zorg", "org-admin", "demo-zorg"},
            new String[]{"leerling.horeca", "learner", "demo-horeca"},
            new String[]{"trainer.horeca", "trainer", "demo-horeca"},
            new String[]{"beheer.horeca", "org-admin", "demo-horeca"},
            new String[]{"platformbeheer", "platform-admin", "signaal-beheer"},
            new String[]{"zonder.organisatie", "learner", "(none: refused on purpose)"});

    static final String DEMO_PASSWORD = "demo";
    static final String CLIENT_SECRET = "signaal-dev-secret-change-me";

    private Devstack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Devstack run|test <path to signaal.ear>");
            System.exit(2);
        }
        Path root = Path.of("").toAbsolutePath();
        Profile profile = Profile.named(args[0], root);
        Path ear = Path.of(args[1]).toAbsolutePath();
        Properties dist = new Properties();
        try (InputStream in = Devstack.class.getResourceAsStream("/devstack.properties")) {
            dist.load(in);
        }
        Files.createDirectories(profile.logs());
        Files.deleteIfExists(profile.home().resolve("stack.properties"));

        Instant begin = Instant.now();
        Database database = new Database(profile);
        KeycloakServer keycloak = new KeycloakServer(profile, Path.of(dist.getProperty("keycloak.zip")),
                dist.getProperty("keycloak.version"));
        PayaraServer payara = new PayaraServer(profile, Path.of(dist.getProperty("payara.zip")), appEnvironment(profile));
        MailCatcher mail = new MailCatcher(profile.smtpPort(), profile.imapPort());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("stopping Signaal, Keycloak, PostgreSQL and GreenMail ...");
            close(payara, keycloak, database, mail);
            say("stopped");
            stopped.countDown();
        }, "devstack-shutdown"));

        try {
            say("starting GreenMail (SMTP " + profile.smtpPort() + ", IMAP " + profile.imapPort() + ")");
            mail.start();
            say("starting PostgreSQL on port " + profile.postgresPort() + " (data: " + profile.home().resolve("pgdata") + ")");
            database.start();
            say("starting Keycloak on " + profile.keycloakUrl() + " and Payara Server (logs: " + profile.logs() + ")");
            keycloak.start();
            CompletableFuture<Void> server = CompletableFuture.runAsync(payara::start);
            server.join();
            say("deploying " + ear.getFileName());
            payara.deploy(ear);
            keycloak.awaitReady();
            payara.awaitApplication();
        } catch (RuntimeException e) {
            System.err.println("[devstack] could not start: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            System.exit(1);
        }

        writeStackProperties(profile, payara);
        Duration took = Duration.between(begin, Instant.now());
        printWelcome(profile, took);
        stopped.await();
    }

    private static Map<String, String> appEnvironment(Profile profile) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SIGNAAL_OIDC_PROVIDER_URI", profile.issuer());
        env.put("SIGNAAL_OIDC_CLIENT_ID", "signaal-web");
        env.put("SIGNAAL_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("SIGNAAL_PUBLIC_URL", profile.baseUrl());
        // reminders (organisations context) through the stack's GreenMail; see docs/adr/0007
        env.put("SIGNAAL_MAIL_HOST", "localhost");
        env.put("SIGNAAL_MAIL_PORT", String.valueOf(profile.smtpPort()));
        env.put("SIGNAAL_MAIL_FROM", "Signaal <noreply@signaal.localhost>");
        // member provisioning through Keycloak's Admin REST API (client signaal-provisioning of the realm file)
        env.put("SIGNAAL_KEYCLOAK_ADMIN_URL", profile.keycloakUrl());
        env.put("SIGNAAL_KEYCLOAK_REALM", "signaal");
        env.put("SIGNAAL_KEYCLOAK_CLIENT_ID", "signaal-provisioning");
        env.put("SIGNAAL_KEYCLOAK_CLIENT_SECRET", "signaal-provisioning-dev-secret");
        return env;
    }

    private static void writeStackProperties(Profile profile, PayaraServer payara) throws IOException {
        Properties stack = new Properties();
        stack.setProperty("base-url", profile.baseUrl());
        stack.setProperty("keycloak-url", profile.keycloakUrl());
        stack.setProperty("payara-home", payara.home().toString());
        stack.setProperty("admin-port", String.valueOf(profile.adminPort()));
        stack.setProperty("postgres-port", String.valueOf(profile.postgresPort()));
        stack.setProperty("smtp-port", String.valueOf(profile.smtpPort()));
        stack.setProperty("imap-port", String.valueOf(profile.imapPort()));
        try (var out = Files.newBufferedWriter(profile.home().resolve("stack.properties"))) {
            stack.store(out, "the running " + profile.name() + " stack");
        }
    }

    private static void printWelcome(Profile profile, Duration took) {
        StringBuilder text = new StringBuilder("\n");
        text.append("  Signaal is running (started in ").append(took.toSeconds()).append(" s).\n\n");
        text.append("  Demo logins (password for all: ").append(DEMO_PASSWORD).append("):\n");
        for (String[] login : DEMO_LOGINS) {
            text.append(String.format("    %-20s %-16s %s%n", login[0], login[1], login[2]));
        }
        text.append("\n  Keycloak admin console: ").append(profile.keycloakUrl()).append("/admin/  (admin / admin)\n");
        text.append("  E-mail (reminders, Keycloak invitations) is caught by GreenMail, nothing leaves this machine:\n");
        text.append("    read it over IMAP at localhost:").append(profile.imapPort())
                .append(" (user = the recipient's address, any password), e.g.\n");
        text.append("    curl -u 'leerling@example.org:x' 'imap://localhost:").append(profile.imapPort()).append("/INBOX;UID=1'\n");
        text.append("    (SMTP for the servers: localhost:").append(profile.smtpPort()).append(")\n");
        text.append("  Logs: ").append(profile.logs()).append("\n");
        text.append("  Stop with Ctrl-C.\n\n");
        System.out.print(text);
        say("ready at " + profile.baseUrl());
    }

    private static void close(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[devstack] " + resource.getClass().getSimpleName() + " did not stop cleanly: " + e.getMessage());
            }
        }
    }

    static void say(String line) {
        System.out.println("[devstack] " + line);
        System.out.flush();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
