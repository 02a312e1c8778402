package nl.signaal.organisations.reminders.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import nl.signaal.organisations.reminders.boundary.Reminders;
import nl.signaal.organisations.reminders.boundary.RunSummary;
import nl.signaal.organisations.reminders.boundary.SentReminder;
import nl.signaal.organisations.reminders.control.MailConfiguration;
import nl.signaal.organisations.reminders.control.MailServer;
import nl.signaal.organisations.reminders.control.ReminderMail;
import nl.signaal.organisations.reminders.control.ReminderPlanner;
import nl.signaal.organisations.reminders.control.ReminderRun;
import nl.signaal.organisations.reminders.control.ReminderSender;
import nl.signaal.organisations.reminders.control.ReminderStore;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;
import nl.signaal.organisations.settings.boundary.SettingsView;
import nl.signaal.platform.caller.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders end to end on the stack: PostgreSQL's once-only claim, the stack's real SMTP server
 * (the devstack's GreenMail) and its mailbox read back over IMAP. The IMAP port comes from the
 * failsafe system property {@code signaal.imap-port} (./signaal test passes the devstack's),
 * carried into the archive because the test runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static WebArchive deployment() {
        String imapPort = System.getProperty("signaal.imap-port", "");
        return ShrinkWrap.create(WebArchive.class, "organisations-reminders-it.war")
                .addPackages(false, "nl.signaal.organisations.reminders.boundary", "nl.signaal.organisations.reminders.entity",
                        "nl.signaal.organisations.reminders.it", "nl.signaal.organisations.shared",
                        "nl.signaal.organisations.members.entity", "nl.signaal.organisations.departments.entity",
                        "nl.signaal.organisations.completions.entity", "nl.signaal.organisations.directory.entity",
                        "nl.signaal.organisations.directory.control", "nl.signaal.organisations.assignments.entity",
                        "nl.signaal.organisations.assignments.control")
                // the run's classes without ReminderSchedule: the EAR's own timer already runs on this server
                // settings' values only: OrganisationSettings itself needs the routes context (its page is tested in the web module)
                .addClasses(ReminderPolicy.class, SettingsView.class)
                .addClasses(MailConfiguration.class, MailServer.class, ReminderMail.class, ReminderPlanner.class, ReminderRun.class,
                        ReminderSender.class, ReminderStore.class)
                .addAsResource("nl/signaal/organisations/reminders/control/mail.properties")
                .addAsResource("nl/signaal/organisations/reminders/control/mail_nl.properties")
                .addAsResource("nl/signaal/organisations/reminders/control/mail_en.properties")
                .addPackages(false, "nl.signaal.platform.shared", "nl.signaal.platform.tenant", "nl.signaal.platform.caller",
                        "nl.signaal.platform.events", "nl.signaal.platform.audit", "nl.signaal.platform.time")
                .addAsResource("it/reminders-persistence.xml", "META-INF/persistence.xml")
                .addAsResource(new StringAsset("imap-port=" + imapPort + "\n"), "it/mailbox.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    @EJB
    Reminders reminders;

    @EJB
    RunAsOrgAdmin asOrgAdmin;

    @EJB
    RunAsLearner asLearner;

    @EJB
    ReminderProbe probe;

    private final List<Long> created = new ArrayList<>();
    private ReminderProbe.Setup mine;
    private ReminderProbe.Setup other;

    @BeforeEach
    void twoOrganisations() {
        mine = probe.organisation("A", true);
        other = probe.organisation("B", false);
        created.add(mine.organisationId());
        created.add(other.organisationId());
    }

    @AfterEach
    void removeThem() {
        ItCaller.caller = null;
        created.forEach(probe::remove);
    }

    @Test
    void remindersRunTwiceReachTheActiveMemberOnceWithTheCourseAndDueDate() throws Exception {
        ItCaller.is(mine.code(), Role.ORG_ADMIN);

        RunSummary first = asOrgAdmin.call(reminders::sendDueNow);
        RunSummary second = asOrgAdmin.call(reminders::sendDueNow);

        assertThat(first.planned()).isEqualTo(1);
        assertThat(first.sent() + second.sent()).as("sent once in all").isEqualTo(1);
        assertThat(second.sent()).isZero();
        assertThat(probe.recordedReminders(mine.organisationId())).isEqualTo(1);

        List<Message> inbox = inbox(mine.activeEmail());
        assertThat(inbox).hasSize(1);
        Message mail = inbox.get(0);
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(mine.activeEmail());
        assertThat(mail.getSubject()).startsWith("Herinnering: rond ‘" + mine.courseTitle() + "’ af vóór ")
                .contains(" / Reminder: complete ‘" + mine.courseTitle() + "’ by ");
        String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("Beste Ilse,", "Dear Ilse,", "learn/index.xhtml",
                mine.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))));
        assertThat(inbox(mine.deactivatedEmail())).as("a deactivated member gets nothing").isEmpty();

        List<SentReminder> recorded = asOrgAdmin.call(() -> reminders.recent(10));
        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo(mine.activeEmail());
            assertThat(r.kind()).isEqualTo(ReminderKind.DUE_SOON);
            assertThat(r.aboutDate()).isEqualTo(mine.dueDate());
            assertThat(r.sent()).isTrue();
        });
    }

    @Test
    void anotherOrganisationsAdminNeitherTriggersNorSeesThisOrganisationsReminders() throws Exception {
        ItCaller.is(other.code(), Role.ORG_ADMIN);

        RunSummary theirs = asOrgAdmin.call(reminders::sendDueNow);

        assertThat(theirs.planned()).isZero();
        assertThat(inbox(mine.activeEmail())).isEmpty();
        assertThat(probe.recordedReminders(mine.organisationId())).isZero();
        ItCaller.is(mine.code(), Role.ORG_ADMIN);
        asOrgAdmin.call(reminders::sendDueNow);
        ItCaller.is(other.code(), Role.ORG_ADMIN);
        assertThat(asOrgAdmin.call(() -> reminders.recent(10))).as("B sees none of A's reminders").isEmpty();
    }

    @Test
    void aLearnerCanNeitherTriggerNorSeeReminders() throws Exception {
        ItCaller.is(mine.code(), Role.LEARNER);

        assertThatThrownBy(() -> asLearner.call(reminders::sendDueNow)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asLearner.call(() -> reminders.recent(10))).isInstanceOf(EJBAccessException.class);
        assertThat(probe.recordedReminders(mine.organisationId())).isZero();
        assertThat(inbox(mine.activeEmail())).isEmpty();
    }

    /** The recipient's messages in the stack's GreenMail, over IMAP (any password: authentication is off). */
    private static List<Message> inbox(String address) throws Exception {
        Properties mailbox = new Properties();
        try (InputStream in = RemindersIT.class.getClassLoader().getResourceAsStream("it/mailbox.properties")) {
            mailbox.load(in);
        }
        String port = mailbox.getProperty("imap-port", "");
        assertThat(port).as("system property signaal.imap-port (the devstack's GreenMail IMAP port)").matches("\\d+");
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", Integer.parseInt(port), address, "any");
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<Message> messages = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                m.getContent(); // read while the folder is open
                messages.add(new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) m));
            }
            folder.close(false);
            return messages;
        } finally {
            store.close();
        }
    }
}
