package nl.signaal.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the run command prints must be true of the realm it imports. */
class DevstackTest {

    private static String realm() throws IOException {
        try (InputStream in = DevstackTest.class.getResourceAsStream("/keycloak/signaal-realm.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        }
    }

    @Test
    void everyPrintedDemoLoginExistsWithItsRoleAndOrganisation() throws IOException {
        String realm = realm();
        for (String[] login : Devstack.DEMO_LOGINS) {
            int at = realm.indexOf("\"username\":\"" + login[0] + "\"");
            assertThat(at).as("user %s in realm", login[0]).isPositive();
            int next = realm.indexOf("\"username\":", at + 1);
            String user = realm.substring(at, next < 0 ? realm.length() : next);
            assertThat(user).contains("\"realmRoles\":[\"" + login[1] + "\"]")
                    .contains("\"value\":\"" + Devstack.DEMO_PASSWORD + "\"")
                    .contains("\"temporary\":false")
                    .contains("\"emailVerified\":true");
            if (login[2].startsWith("(")) {
                assertThat(user).doesNotContain("\"organisation\"");
            } else {
                assertThat(user).contains("\"organisation\":[\"" + login[2] + "\"]");
            }
        }
    }

    @Test
    void theClientAllowsExactlyTheRedirectsOfBothProfiles() throws IOException {
        String realm = realm();
        Path root = Path.of("/nowhere");
        for (String name : new String[]{"run", "test"}) {
            Profile profile = Profile.named(name, root);
            assertThat(realm).contains("\"" + profile.baseUrl() + "callback\"");
        }
        assertThat(realm).doesNotContain("*\"").contains("\"secret\":\"" + Devstack.CLIENT_SECRET + "\"");
    }

    @Test
    void profilesNeverShareAPort() {
        Profile run = Profile.named("run", Path.of("/x"));
        Profile test = Profile.named("test", Path.of("/x"));
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (Profile p : new Profile[]{run, test}) {
            for (int port : new int[]{p.httpPort(), p.adminPort(), p.keycloakPort(), p.keycloakManagementPort(), p.postgresPort(),
                    p.smtpPort(), p.imapPort()}) {
                assertThat(ports.add(port)).as("port %d used once", port).isTrue();
            }
        }
        assertThat(run.baseUrl()).isEqualTo("http://localhost:8080/signaal/");
        assertThat(test.freshData()).isTrue();
        // GreenMail's unit tests default to 3025/3143 and Payara's domains use portbase..portbase+99
        for (Profile p : new Profile[]{run, test}) {
            assertThat(List.of(p.smtpPort(), p.imapPort())).noneMatch(port -> port == 3025 || port == 3143)
                    .noneMatch(port -> port >= p.payaraPortBase() && port < p.payaraPortBase() + 100);
        }
        assertThat(run.freshData()).isFalse();
    }

    @Test
    void keycloakSendsItsMailsToTheStacksGreenMail() throws IOException {
        assertThat(realm()).contains("\"smtpServer\":{\"host\":\"${SIGNAAL_MAIL_HOST:localhost}\",\"port\":\"${SIGNAAL_MAIL_PORT:1025}\"");
        assertThat(Profile.named("run", Path.of("/x")).smtpPort()).isEqualTo(1025);
    }
}
