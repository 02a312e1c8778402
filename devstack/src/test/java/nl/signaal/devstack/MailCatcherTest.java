package nl.signaal.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The stack's GreenMail takes mail over SMTP, shows it over IMAP with any password, and frees its ports on close. */
class MailCatcherTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void mailSentOverSmtpCanBeReadOverImapByTheRecipient() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        try (MailCatcher catcher = new MailCatcher(smtp, imap)) {
            catcher.start();
            Properties props = new Properties();
            props.setProperty("mail.smtp.host", "localhost");
            props.setProperty("mail.smtp.port", String.valueOf(smtp));
            Session session = Session.getInstance(props);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("noreply@signaal.localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("anna@zorg.test"));
            message.setSubject("Herinnering", "UTF-8");
            message.setText("Rond de cursus af", "UTF-8");
            Transport.send(message);

            Store store = session.getStore("imap");
            store.connect("localhost", imap, "anna@zorg.test", "any password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Herinnering");
            inbox.close(false);
            store.close();
        }
        assertThatThrownBy(() -> new Socket("localhost", smtp).close()).as("SMTP port closed after close()")
                .isInstanceOf(IOException.class);
    }
}
