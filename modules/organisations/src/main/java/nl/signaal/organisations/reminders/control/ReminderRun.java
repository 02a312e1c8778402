package nl.signaal.organisations.reminders.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.signaal.organisations.reminders.boundary.RunSummary;

/**
 * Runs the reminders: for one organisation now ({@link #forOrganisation}), or as the scheduled
 * sweep over all organisations ({@link #sweep}), which only one application server performs at
 * a time (a PostgreSQL advisory lock held by the sweep's transaction) and only once per
 * configured interval across all servers (measured from the latest sweep in the database).
 * Every reminder is sent in its own transaction by {@link ReminderSender}, whose once-only claim
 * holds even without the lock.
 */
@Stateless
public class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());

    /** Ticks come every minute; a sweep a little early is not worth waiting a whole minute for. */
    private static final Duration SLACK = Duration.ofSeconds(30);

    @EJB
    ReminderStore store;

    @EJB
    ReminderSender sender;

    @Inject
    MailConfiguration configuration;

    @Inject
    Clock clock;

    /** Whether an SMTP server is configured; without one nothing is planned, claimed or sent. */
    public boolean mailConfigured() {
        return configuration.server().configured();
    }

    /** Sends what is due today for one organisation, each reminder in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary forOrganisation(long organisationId) {
        Instant started = clock.instant();
        long run = store.startRun(organisationId, started, serverName());
        RunSummary summary = send(organisationId, configuration.server());
        store.finishRun(run, summary, clock.instant());
        return summary;
    }

    /**
     * The scheduled run: empty when switched off, without a mail server, while another server
     * sweeps, or when the interval since the latest sweep has not passed yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<RunSummary> sweep() {
        int interval = configuration.intervalMinutes();
        MailServer server = configuration.server();
        if (interval <= 0 || !server.configured() || !store.tryLock()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<OffsetDateTime> last = store.lastSweep();
        if (last.isPresent() && last.get().toInstant().plus(Duration.ofMinutes(interval)).isAfter(now.plus(SLACK))) {
            return Optional.empty();
        }
        long run = store.startRun(null, now, serverName());
        RunSummary total = RunSummary.NOTHING;
        for (long organisation : store.organisationsWithReminders()) {
            total = total.plus(send(organisation, server));
        }
        store.finishRun(run, total, clock.instant());
        RunSummary done = total;
        LOG.info(() -> "Reminder sweep by " + serverName() + ": " + done);
        return Optional.of(done);
    }

    /** The reminders one organisation's members should have today. */
    public List<ReminderPlanner.Planned> plan(long organisationId, LocalDate today) {
        ReminderStore.OrganisationData data = store.load(organisationId);
        ReminderPlanner planner = new ReminderPlanner(data.settings(), data.audience(), data.assignments());
        List<ReminderPlanner.Planned> planned = new ArrayList<>();
        for (ReminderPlanner.Recipient r : data.recipients()) {
            planned.addAll(planner.plan(r, data.completionsBySubject().getOrDefault(r.subject(), Map.of()), today));
        }
        return planned;
    }

    private RunSummary send(long organisationId, MailServer server) {
        if (!server.configured()) {
            throw new IllegalStateException("No SMTP server configured (signaal.mail.host)");
        }
        List<ReminderPlanner.Planned> planned = plan(organisationId, LocalDate.now(clock));
        Session session = server.session();
        ReminderMail mail = new ReminderMail(configuration.publicUrl());
        int sent = 0;
        int failed = 0;
        int already = 0;
        for (ReminderPlanner.Planned reminder : planned) {
            switch (sender.send(organisationId, reminder, session, server.from(), mail, clock.instant(), serverName())) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case ALREADY_SENT -> already++;
            }
        }
        return new RunSummary(planned.size(), sent, failed, already);
    }

    /** Which server sent: host and Payara instance, for the records. */
    static String serverName() {
        String instance = System.getProperty("com.sun.aas.instanceName", "");
        try {
            return InetAddress.getLocalHost().getHostName() + (instance.isEmpty() ? "" : "/" + instance);
        } catch (java.net.UnknownHostException e) {
            return instance.isEmpty() ? "unknown" : instance;
        }
    }
}
