package nl.signaal.organisations.reminders.control;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server reminders go through, as configured ({@link MailConfiguration}). A plain value
 * so that a unit test can point it at an in-process SMTP server.
 *
 * @param host     SMTP host; reminders are not sent at all while none is configured
 * @param port     SMTP port
 * @param from     the sender, e.g. {@code Signaal <noreply@signaal.nl>}
 * @param username empty for a server without authentication
 * @param password used with {@code username}
 * @param startTls whether to require STARTTLS (any server reached over a network)
 */
public record MailServer(Optional<String> host, int port, String from, Optional<String> username, String password,
                         boolean startTls) {

    /** Whether a server is configured at all. */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** A mail session for this server, with timeouts so a dead server cannot hang a run. */
    public Session session() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host.orElseThrow(() -> new IllegalStateException("No SMTP host configured")));
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.connectiontimeout", "10000");
        p.setProperty("mail.smtp.timeout", "20000");
        p.setProperty("mail.smtp.writetimeout", "20000");
        p.setProperty("mail.mime.charset", "UTF-8");
        if (startTls) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        Optional<String> user = username.filter(u -> !u.isBlank());
        if (user.isPresent()) {
            p.setProperty("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
        }
        return Session.getInstance(p);
    }

    /** Where the server is, for logs and run records (never the password). */
    @Override
    public String toString() {
        return host.orElse("(none)") + ":" + port;
    }
}
