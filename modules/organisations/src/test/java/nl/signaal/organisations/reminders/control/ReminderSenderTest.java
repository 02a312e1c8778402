package nl.signaal.organisations.reminders.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Never twice the same reminder": the sender claims the reminder's key before it sends, sends
 * nothing when the claim is refused, records a refused send as FAILED (which a later run may
 * retry, three attempts in all) and never retries a sent one. The claim here follows the SQL of
 * {@link ReminderStore#claim} in memory; RemindersIT proves the SQL against PostgreSQL.
 */
class ReminderSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ReminderPlanner.Planned REMINDER = new ReminderPlanner.Planned(1, "anna@zorg.test", "Anna", "de Vries", 7,
            "Signalen herkennen", ReminderKind.DUE_SOON, LocalDate.of(2026, 3, 10));

    /** The claim's rules: insert, or take over a FAILED record with fewer than three attempts. */
    static final class ClaimsInMemory extends ReminderStore {
        record Row(long id, boolean failed, int attempts) {
        }

        final Map<String, Row> rows = new HashMap<>();
        private long ids;

        @Override
        public Optional<Long> claim(long organisationId, ReminderPlanner.Planned reminder, Instant now, String server) {
            Row row = rows.get(reminder.key());
            if (row == null) {
                row = new Row(++ids, false, 1);
            } else if (row.failed() && row.attempts() < 3) {
                row = new Row(row.id(), false, row.attempts() + 1);
            } else {
                return Optional.empty();
            }
            rows.put(reminder.key(), row);
            return Optional.of(row.id());
        }

        @Override
        public void failed(long reminderId, String detail) {
            rows.replaceAll((key, row) -> row.id() == reminderId ? new Row(row.id(), true, row.attempts()) : row);
        }
    }

    private final ClaimsInMemory claims = new ClaimsInMemory();
    private final ReminderSender sender = new ReminderSender();

    {
        sender.store = claims;
    }

    private ReminderSender.Outcome send(int port) {
        Session session = new MailServer(Optional.of("localhost"), port, "noreply@signaal.test", Optional.empty(), "", false).session();
        return sender.send(1, REMINDER, session, "noreply@signaal.test", new ReminderMail("http://localhost/signaal/"),
                Instant.now(), "test");
    }

    @Test
    void runningTwiceSendsOneMail() {
        assertThat(send(SMTP.getSmtp().getPort())).isEqualTo(ReminderSender.Outcome.SENT);
        assertThat(send(SMTP.getSmtp().getPort())).isEqualTo(ReminderSender.Outcome.ALREADY_SENT);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRefusedSendIsRecordedAndTriedAgainButAtMostThreeTimes() {
        int nobodyListens = SMTP.getSmtp().getPort() + 1;
        assertThat(send(nobodyListens)).isEqualTo(ReminderSender.Outcome.FAILED);
        assertThat(claims.rows.get(REMINDER.key()).failed()).isTrue();

        assertThat(send(SMTP.getSmtp().getPort())).isEqualTo(ReminderSender.Outcome.SENT);
        assertThat(send(SMTP.getSmtp().getPort())).isEqualTo(ReminderSender.Outcome.ALREADY_SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        ReminderPlanner.Planned other = new ReminderPlanner.Planned(2, "bert@zorg.test", "Bert", "Bos", 7, "Signalen herkennen",
                ReminderKind.DUE_SOON, LocalDate.of(2026, 3, 10));
        Session dead = new MailServer(Optional.of("localhost"), nobodyListens, "x@signaal.test", Optional.empty(), "", false).session();
        for (int i = 0; i < 3; i++) {
            assertThat(sender.send(1, other, dead, "x@signaal.test", new ReminderMail("http://l/"), Instant.now(), "t"))
                    .isEqualTo(ReminderSender.Outcome.FAILED);
        }
        assertThat(sender.send(1, other, dead, "x@signaal.test", new ReminderMail("http://l/"), Instant.now(), "t"))
                .as("no fourth attempt").isEqualTo(ReminderSender.Outcome.ALREADY_SENT);
    }
}
