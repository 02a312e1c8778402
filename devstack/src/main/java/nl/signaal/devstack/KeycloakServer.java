package nl.signaal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode with the project's realm (roles, client, demo users) imported
 * on first start. Its own data lives in its unpacked folder; the test profile deletes it so
 * every test run starts from the realm file, and any profile deletes it when the realm file
 * changed (Keycloak would otherwise keep the old realm).
 */
final class KeycloakServer implements AutoCloseable {

    private final Profile profile;
    private final Path zip;
    private final String version;
    private Process process;

    KeycloakServer(Profile profile, Path zip, String version) {
        this.profile = profile;
        this.zip = zip;
        this.version = version;
    }

    void start() {
        Path dist = profile.home().resolve("keycloak");
        Zips.unpackOnce(zip, dist);
        Path home = dist.resolve("keycloak-" + version);
        Path realm = home.resolve("data/import/signaal-realm.json");
        String before = Files.exists(realm) ? sha256(realm) : "";
        Zips.copy(KeycloakServer.class.getResourceAsStream("/keycloak/signaal-realm.json"), realm);
        if (profile.freshData() || !before.equals(sha256(realm))) {
            // Keycloak imports a realm only once: a changed realm file means starting from it again
            Devstack.deleteTree(home.resolve("data/h2"));
        }
        Path log = profile.logs().resolve("keycloak.log");
        process = Processes.start(List.of("bash", "bin/kc.sh", "start-dev",
                        "--http-port=" + profile.keycloakPort(),
                        "--http-management-port=" + profile.keycloakManagementPort(),
                        "--import-realm",
                        "--health-enabled=true"),
                home,
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        // placeholders of the realm file's smtpServer: invitations go to the stack's GreenMail
                        "SIGNAAL_MAIL_HOST", "localhost",
                        "SIGNAAL_MAIL_PORT", String.valueOf(profile.smtpPort()),
                        "JAVA_OPTS_APPEND", "-Xms128m -Xmx768m"),
                log);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitReady() {
        Path log = profile.logs().resolve("keycloak.log");
        String discovery = profile.issuer() + "/.well-known/openid-configuration";
        Processes.await("Keycloak", Duration.ofMinutes(4), process, log, () -> Processes.status(discovery) == 200);
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
