package nl.signaal.devstack;

import java.nio.file.Path;

/**
 * One set of ports and folders. {@code run} is the developer's stack whose data survives
 * restarts; {@code test} has its own ports (so both can run at once) and starts from empty
 * data on every test run. The mail ports are GreenMail's ({@link MailCatcher}), outside
 * Payara's port range and away from GreenMail's own test defaults (3025/3143).
 */
record Profile(String name, Path home, int payaraPortBase, int keycloakPort, int keycloakManagementPort,
               int postgresPort, boolean freshData, int smtpPort, int imapPort) {

    static Profile named(String name, Path root) {
        return switch (name) {
            case "run" -> new Profile("run", root.resolve("build/run"), 8000, 8180, 9180, 15432, false, 1025, 1143);
            case "test" -> new Profile("test", root.resolve("build/test"), 18000, 18180, 19180, 25432, true, 11025, 11143);
            default -> throw new IllegalArgumentException("Unknown profile " + name + " (run or test)");
        };
    }

    int httpPort() {
        return payaraPortBase + 80;
    }

    int adminPort() {
        return payaraPortBase + 48;
    }

    String baseUrl() {
        return "http://localhost:" + httpPort() + "/signaal/";
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    String issuer() {
        return keycloakUrl() + "/realms/signaal";
    }

    Path logs() {
        return home.resolve("logs");
    }
}
