package nl.signaal.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The stack's mail server: GreenMail in this JVM, SMTP for Payara (reminders) and Keycloak
 * (invitations), IMAP for people and tests to read what was sent. It accepts mail for any
 * address and keeps it in memory only; authentication is off, so any password opens the
 * mailbox of the address used as user name. Nothing ever leaves the machine.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;
    private boolean started;

    MailCatcher(int smtpPort, int imapPort) {
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    void start() {
        greenMail.start();
        started = true;
    }

    @Override
    public void close() {
        if (started) {
            greenMail.stop();
            started = false;
        }
    }
}
