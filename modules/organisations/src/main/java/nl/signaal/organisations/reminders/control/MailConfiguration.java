package nl.signaal.organisations.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail and reminder settings from MicroProfile Config, so the environment decides them at
 * deploy time (docs/adr/0007): {@code SIGNAAL_MAIL_HOST}, {@code SIGNAAL_MAIL_PORT},
 * {@code SIGNAAL_MAIL_FROM}, {@code SIGNAAL_MAIL_USERNAME}, {@code SIGNAAL_MAIL_PASSWORD},
 * {@code SIGNAAL_MAIL_STARTTLS}, {@code SIGNAAL_REMINDERS_INTERVAL_MINUTES} (0 switches the
 * scheduled run off) and {@code SIGNAAL_PUBLIC_URL} (the link in every mail; certificates use
 * the same). The devstack points them at its GreenMail, docker/ at Mailpit.
 */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "signaal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "signaal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "signaal.mail.from", defaultValue = "Signaal <noreply@signaal.localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "signaal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "signaal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "signaal.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "signaal.reminders.interval-minutes", defaultValue = "60")
    int intervalMinutes;

    @Inject
    @ConfigProperty(name = "signaal.public-url", defaultValue = "http://localhost:8080/signaal/")
    String publicUrl;

    public MailServer server() {
        return new MailServer(host, port, from, username, password.orElse(""), startTls);
    }

    /** Minutes between two scheduled runs across all servers; 0 or less: no scheduled runs. */
    public int intervalMinutes() {
        return intervalMinutes;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
