package nl.signaal.organisations.reminders.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail a member receives, sent through a real (in-process) SMTP server and read back. */
class ReminderMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ReminderMail MAIL = new ReminderMail("https://signaal.example/signaal");

    private static ReminderPlanner.Planned reminder(ReminderKind kind, String title) {
        return new ReminderPlanner.Planned(42, "lukasz@horeca.test", "Łukasz", "Żółć", 7, title, kind, LocalDate.of(2026, 3, 3));
    }

    private MimeMessage sendAndReceive(ReminderPlanner.Planned reminder) throws Exception {
        MailServer server = new MailServer(Optional.of("localhost"), SMTP.getSmtp().getPort(), "Signaal <noreply@signaal.test>",
                Optional.empty(), "", false);
        Transport.send(MAIL.message(server.session(), server.from(), reminder, Instant.parse("2026-03-01T07:00:00Z")));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return (String) alternative.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void aDueSoonReminderNamesTheCourseTheDateAndTheLinkInDutchThenEnglish() throws Exception {
        MimeMessage message = sendAndReceive(reminder(ReminderKind.DUE_SOON, "Signalen herkennen in de zorg"));

        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo("lukasz@horeca.test");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Łukasz Żółć");
        assertThat(message.getSubject())
                .isEqualTo("Herinnering: rond ‘Signalen herkennen in de zorg’ af vóór 3 maart 2026"
                        + " / Reminder: complete ‘Signalen herkennen in de zorg’ by 3 March 2026");
        String text = part(message, "text/plain");
        assertThat(text).contains("Beste Łukasz,", "De uiterste datum is 3 maart 2026.", "Dear Łukasz,", "It is due on 3 March 2026.",
                "https://signaal.example/signaal/learn/index.xhtml");
        assertThat(text.indexOf("Beste")).isLessThan(text.indexOf("Dear"));
        assertThat(message.getHeader("X-Signaal-Reminder")[0]).isEqualTo("42/7/DUE_SOON/2026-03-03");
        assertThat(part(message, "text/html")).contains("<a href=\"https://signaal.example/signaal/learn/index.xhtml\">");
    }

    @Test
    void overdueAndCertificateRemindersSayWhatHappenedAndWhereToGo() throws Exception {
        ReminderPlanner.Planned certificate = reminder(ReminderKind.CERTIFICATE_EXPIRING, "Mensenhandel in de horeca");
        assertThat(MAIL.subject(certificate)).isEqualTo("Je certificaat voor ‘Mensenhandel in de horeca’ verloopt op 3 maart 2026"
                + " / Your certificate for ‘Mensenhandel in de horeca’ expires on 3 March 2026");
        assertThat(MAIL.plainText(certificate)).contains("geldig tot en met 3 maart 2026", "valid until 3 March 2026",
                "https://signaal.example/signaal/me/certificates.xhtml");

        ReminderPlanner.Planned overdue = reminder(ReminderKind.OVERDUE, "Mensenhandel in de horeca");
        assertThat(MAIL.plainText(overdue)).contains("Die datum is verstreken", "That date has passed");
    }

    @Test
    void valuesAreEscapedInTheHtmlPartAndLeftAsTheyAreInThePlainText() throws Exception {
        MimeMessage message = sendAndReceive(reminder(ReminderKind.DUE_SOON, "<script>alert('x')</script> & co"));

        String html = part(message, "text/html");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
        assertThat(part(message, "text/plain")).contains("<script>alert('x')</script> & co");
        assertThat(GreenMailUtil.getBody(message)).isNotBlank();
    }
}
