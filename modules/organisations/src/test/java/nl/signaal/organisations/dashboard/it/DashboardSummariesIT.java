package nl.signaal.organisations.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.control.DashboardCache;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.events.SignalsJudged;
import nl.signaal.platform.shared.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard reads summaries the database keeps (completion_latest, signal_tally;
 * docs/adr/0009). These tests change what they summarise in every way the product, a script or a
 * test can — a completion heard twice, an older one heard after a newer one, a version decision
 * and its reversal, a fact removed, the organisation's default validity changed, a judgement
 * repeated or turned into "missed", a member moved to another department, deactivated,
 * reactivated, a member row made for someone who already answered — and after each change compare
 * {@code DashboardReader.report()} (or, for an organisation of the test's own, the summary row)
 * with counts taken straight from the facts, never from the summaries.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardSummariesIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Deployment
    static WebArchive deployment() {
        return DashboardArchive.named("organisations-summaries-it.war");
    }

    @Inject
    Event<SignalsJudged> judged;

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    DashboardReader dashboard;

    @Inject
    OrganisationTenants tenants;

    @EJB
    DashboardProbe probe;

    @Inject
    DashboardCache cache;

    @Inject
    MovableClock time;

    @EJB
    nl.signaal.organisations.dashboard.control.DashboardDayStart dayStart;

    @EJB
    ReportProbe sql;

    @EJB
    SummaryProbe summary;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    private long zorg;
    private long courseId;
    private DashboardProbe.Setup big;
    private DashboardProbe.Setup small;
    private DashboardProbe.Setup target;
    private final List<String> outsiders = new ArrayList<>();

    @BeforeEach
    void threeDepartments() {
        courseId = -ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE); // never one of learning's
        zorg = tenants.organisationIdOf("demo-zorg").orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        big = probe.department(zorg, "IT samenvatting groot " + tag, 6, courseId, "Samenvatting (IT) " + tag);
        small = sql.department(zorg, "IT samenvatting klein " + tag, 3);
        target = sql.department(zorg, "IT samenvatting doel " + tag, 5);
    }

    @AfterEach
    void removeIt() {
        outsiders.forEach(summary::removePerson);
        sql.removeSignals(courseId);
        sql.removeDepartment(target);
        sql.removeDepartment(small);
        probe.remove(big);
    }

    @Test
    void theLatestCompletionFollowsRepeatsLateArrivalsAndVersionDecisions() {
        List<String> b = big.subjects();
        List<String> s = small.subjects();
        Instant now = Instant.now();
        Instant longAgo = ZonedDateTime.now(DUTCH).minusMonths(23).toInstant();
        // heard twice
        CourseCompleted twice = completed(b.get(0), now, 1, Optional.of(24));
        completions.fire(twice);
        completions.fire(twice);
        // a newer completion first, an older one (whose certificate would be expiring) heard after it
        completions.fire(completed(b.get(1), now.minus(2, ChronoUnit.DAYS), 1, Optional.of(24)));
        completions.fire(completed(b.get(1), longAgo, 1, Optional.of(24)));
        completions.fire(completed(s.get(1), now, 1, Optional.of(24)));
        completions.fire(completed(s.get(1), longAgo, 1, Optional.of(24)));
        // only the old one: expiring
        completions.fire(completed(s.get(0), longAgo, 1, Optional.of(24)));

        assertFiguresAndExpiryEqualTheFacts(2, 1);

        probe.requireVersion(zorg, courseId, 2);
        assertFiguresAndExpiryEqualTheFacts(0, 1); // certificates stay valid for the version they were issued for

        completions.fire(completed(b.get(1), now, 2, Optional.of(24)));
        assertFiguresAndExpiryEqualTheFacts(1, 1);

        probe.requireVersion(zorg, courseId, 1);
        assertFiguresAndExpiryEqualTheFacts(2, 1);
    }

    private void assertFiguresAndExpiryEqualTheFacts(int completed, int expiring) {
        DashboardReport report = dashboard.report();
        DashboardRow row = report.completion().rows().stream()
                .filter(r -> r.courseId() == courseId && r.kind() == GroupKind.DEPARTMENT && r.departmentId() == big.departmentId())
                .findFirst().orElseThrow();
        assertThat(summary.completed(zorg, courseId, big.departmentId())).as("counted from the facts").isEqualTo(completed);
        assertThat(row.completed()).as("completed on the dashboard").isEqualTo(completed);

        LocalDate today = LocalDate.now(DUTCH);
        int truth = sql.expiring(zorg, courseId, small.departmentId(), today, today.plusDays(DashboardReader.EXPIRING_WITHIN_DAYS));
        assertThat(truth).as("expiring, counted from the facts").isEqualTo(expiring);
        assertThat(report.expiring().stream()
                .filter(e -> e.courseId() == courseId && Objects.equals(e.departmentId(), small.departmentId()))
                .mapToInt(ExpiringCertificates::people).sum()).as("expiring on the dashboard").isEqualTo(truth);
        assertThat(report.expiring().stream()
                .filter(e -> e.courseId() == courseId && Objects.equals(e.departmentId(), big.departmentId()))
                .mapToInt(ExpiringCertificates::people).sum()).as("the older completion heard later is not the latest").isZero();
    }

    @Test
    void theHeatMapFollowsRepeatedAnswersAndEveryMemberChange() {
        List<String> b = big.subjects();
        List<String> t = target.subjects();
        for (int i = 0; i < 6; i++) {
            judged.fire(judgement(b.get(i), Map.of("paspoort", i < 3)));
        }
        for (int i = 0; i < 5; i++) {
            judged.fire(judgement(t.get(i), Map.of("paspoort", i < 1)));
        }
        // the same answer again changes nothing; recognised first and missed later counts as missed
        judged.fire(judgement(b.get(0), Map.of("paspoort", true)));
        judged.fire(judgement(b.get(5), Map.of("paspoort", true)));
        assertCellsEqualTheFacts(6, 5);

        summary.moveMember(b.get(0), target.departmentId());
        assertCellsEqualTheFacts(5, 6);

        summary.deactivate(t.get(1));
        assertCellsEqualTheFacts(5, 5);

        summary.reactivate(t.get(1));
        assertCellsEqualTheFacts(5, 6);

        // someone the token places in demo-zorg, without a member row yet, answers: "no department"
        String outsider = "it-" + UUID.randomUUID();
        outsiders.add(outsider);
        judged.fire(judgement(outsider, Map.of("paspoort", true)));
        HeatMapRow row = heatRow(dashboard.report());
        int[] total = summary.signalTotal(zorg, courseId, "paspoort");
        assertThat(total[0]).isEqualTo(12);
        assertThat(row.total()).extracting(HeatMapCell::people, HeatMapCell::missed).containsExactly(total[0], total[1]);

        // then gets a member row in the target department: their answer moves with them
        summary.enrol(zorg, outsider, target.departmentId());
        assertCellsEqualTheFacts(5, 7);
    }

    /**
     * The reader keeps both parts of the dashboard between loads while the database's numbers for them
     * are unchanged (docs/adr/0010); every test above proves that what it then shows equals the facts
     * after each kind of change. This one proves the parts are kept at all, and which change makes
     * which part be computed again.
     */
    @Test
    void aLoadServesTheKeptPartsUntilAChangeRaisesTheirNumbers() {
        DashboardReport first = dashboard.report();
        DashboardReport again = dashboard.report();
        assertThat(again.completion()).as("nothing changed: the figures kept").isSameAs(first.completion());
        assertThat(again.signals()).as("nothing changed: the heat map kept").isSameAs(first.signals());

        judged.fire(judgement(big.subjects().get(0), Map.of("paspoort", true)));
        DashboardReport afterAnswer = dashboard.report();
        assertThat(afterAnswer.completion()).as("an answer leaves the figures as they were").isSameAs(first.completion());
        assertThat(afterAnswer.signals()).as("an answer changes the heat map").isNotSameAs(first.signals());
        assertThat(first.signals().rows()).noneMatch(r -> r.courseId() == courseId);
        assertThat(afterAnswer.signals().rows()).as("with the answer in it").anyMatch(r -> r.courseId() == courseId);

        summary.moveMember(big.subjects().get(0), target.departmentId());
        DashboardReport afterMove = dashboard.report();
        assertThat(afterMove.completion()).as("a member moved: the figures computed again").isNotSameAs(first.completion());
        assertThat(afterMove.signals()).as("and the heat map").isNotSameAs(afterAnswer.signals());
        assertThat(dashboard.report().completion()).as("and kept from then on").isSameAs(afterMove.completion());

        completions.fire(completed(big.subjects().get(2), Instant.now(), 1, Optional.of(24)));
        DashboardReport afterCompletion = dashboard.report();
        assertThat(afterCompletion.completion()).as("a completion: the figures computed again").isNotSameAs(afterMove.completion());
        assertThat(afterCompletion.signals()).as("but no heat map cell changed").isSameAs(afterMove.signals());
    }

    /**
     * After a change of some departments' people or completions, a load computes only those
     * departments again and keeps the others (V2.16, docs/adr/0010). Any department the database
     * failed to note would show figures, expiring certificates or a trend that differ from those
     * computed whole; so after each of a random series of changes — members moved (also to no
     * department), deactivated and reactivated, completions old and new, of members and of people
     * without a member row, such a person getting one, a due date moved, the course assigned to
     * everyone and that assignment removed, version decisions, a department renamed, a department
     * moved under another and back — this compares the dashboard with the same dashboard computed
     * whole, and with counts from the facts.
     */
    @Test
    void afterEachChangeTheDashboardComputedForWhatChangedEqualsTheDashboardComputedWhole() {
        long seed = ThreadLocalRandom.current().nextLong();
        java.util.Random random = new java.util.Random(seed);
        List<String> members = new ArrayList<>();
        members.addAll(big.subjects());
        members.addAll(small.subjects());
        members.addAll(target.subjects());
        List<Long> departments = java.util.Arrays.asList(big.departmentId(), small.departmentId(), target.departmentId(), null);
        java.util.Set<String> inactive = new java.util.HashSet<>();
        List<String> withoutRow = new ArrayList<>();
        dashboard.report();
        Long everyone = null; // an assignment of the course to the whole organisation, while there is one
        boolean newVersionRequired = false;
        boolean underBig = false; // the target department under the big one: the big one's assignment reaches it
        try {
        for (int step = 0; step < 30; step++) {
            String change;
            switch (random.nextInt(11)) {
                case 0 -> {
                    String who = members.get(random.nextInt(members.size()));
                    Long to = departments.get(random.nextInt(departments.size()));
                    summary.moveMemberTo(who, to);
                    change = "moved " + who + " to " + to;
                }
                case 1 -> {
                    String who = members.get(random.nextInt(members.size()));
                    if (inactive.remove(who)) {
                        summary.reactivate(who);
                        change = "reactivated " + who;
                    } else {
                        inactive.add(who);
                        summary.deactivate(who);
                        change = "deactivated " + who;
                    }
                }
                case 2, 3 -> {
                    String who = members.get(random.nextInt(members.size()));
                    Instant at = ZonedDateTime.now(DUTCH).minusDays(random.nextInt(800)).toInstant();
                    completions.fire(completed(who, at, 1, random.nextBoolean() ? Optional.of(24) : Optional.empty()));
                    change = "completion of " + who + " at " + at;
                }
                case 4 -> {
                    String who = "it-" + UUID.randomUUID();
                    outsiders.add(who);
                    withoutRow.add(who);
                    completions.fire(completed(who, ZonedDateTime.now(DUTCH).minusMonths(23).toInstant(), 1, Optional.of(24)));
                    change = "completion of " + who + ", who has no member row";
                }
                case 5 -> {
                    if (withoutRow.isEmpty()) {
                        continue;
                    }
                    String who = withoutRow.remove(0);
                    summary.enrol(zorg, who, target.departmentId());
                    change = "member row made for " + who;
                }
                case 6 -> {
                    int days = random.nextInt(81) - 40;
                    summary.moveDueDate(big.assignmentId(), days);
                    change = "the department's assignment due " + days + " days later";
                }
                case 7 -> {
                    if (everyone == null) {
                        everyone = summary.assignToEveryone(zorg, courseId, "Samenvatting (IT)", random.nextInt(60) - 20);
                        change = "the course assigned to everyone";
                    } else {
                        summary.removeAssignment(everyone);
                        everyone = null;
                        change = "the assignment to everyone removed";
                    }
                }
                case 8 -> {
                    underBig = !underBig;
                    summary.moveDepartment(target.departmentId(), underBig ? big.departmentId() : null);
                    change = underBig ? "the target department moved under the big one" : "the target department moved back to the top";
                }
                case 9 -> {
                    String name = "IT samenvatting klein " + UUID.randomUUID().toString().substring(0, 8);
                    summary.renameDepartment(small.departmentId(), name);
                    change = "the small department renamed " + name;
                }
                default -> {
                    newVersionRequired = !newVersionRequired;
                    probe.requireVersion(zorg, courseId, newVersionRequired ? 2 : 1);
                    change = newVersionRequired ? "version 2 required" : "every version counts again";
                }
            }
            DashboardReport kept = dashboard.report();
            cache.forget(zorg);
            DashboardReport whole = dashboard.report();
            String as = "seed " + seed + ", step " + step + ": " + change;
            assertThat(kept.completion()).as(as).isEqualTo(whole.completion());
            assertThat(kept.expiring()).as(as).isEqualTo(whole.expiring());
            assertThat(kept.expiringPeople()).as(as).isEqualTo(whole.expiringPeople());
            assertThat(kept.trend()).as(as).isEqualTo(whole.trend());
            int done = kept.completion().rows().stream()
                    .filter(r -> r.courseId() == courseId && r.kind() == GroupKind.TOTAL && !r.withheld())
                    .mapToInt(DashboardRow::completed).sum();
            boolean onlyTheDepartmentsAssignment = everyone == null && !newVersionRequired && !underBig;
            if (onlyTheDepartmentsAssignment
                    && kept.completion().rows().stream().anyMatch(r -> r.courseId() == courseId && r.kind() == GroupKind.TOTAL && !r.withheld())) {
                assertThat(done).as(as + ": done, counted from the facts").isEqualTo(summary.completedAnywhere(zorg, courseId, big.departmentId()));
            }
        }
        } finally {
            if (everyone != null) {
                summary.removeAssignment(everyone);
            }
            if (underBig) {
                summary.moveDepartment(target.departmentId(), null);
            }
        }
    }

    /**
     * Just after midnight each server computes the new day's dashboard of the organisations it keeps
     * one of (what is overdue, due soon and expiring changes with the day): the first load of the
     * day is served that part, and it equals the dashboard computed whole.
     */
    @Test
    void atTheStartOfADayTheDashboardIsComputedForItSoTheFirstLoadIsServedAKeptPart() {
        dashboard.report();
        LocalDate tomorrow = LocalDate.now(DUTCH).plusDays(1);
        try {
            time.moveTo(java.time.Duration.ofDays(1));
            dayStart.newDay();
            DashboardCache.Completion kept = cache.keptCompletion(zorg).orElseThrow();
            assertThat(kept.day()).as("computed for the new day").isEqualTo(tomorrow);

            DashboardReport first = dashboard.report();
            assertThat(first.completion()).as("the first load of the day: served the part computed at its start")
                    .isSameAs(kept.part().figures());
            assertThat(first.completion().date()).isEqualTo(tomorrow);
            cache.forget(zorg);
            DashboardReport whole = dashboard.report();
            assertThat(first.completion()).isEqualTo(whole.completion());
            assertThat(first.expiring()).isEqualTo(whole.expiring());
            assertThat(first.trend()).isEqualTo(whole.trend());
        } finally {
            time.moveTo(java.time.Duration.ZERO);
            cache.forget(zorg); // a part of tomorrow would not make way for today's
        }
    }

    /** What a load computes again: the departments whose people or completions changed, the courses whose assignments changed. */
    @Test
    void eachChangeComputesOnlyWhatItChangedAgain() {
        // a second course for everyone, so that every department has figures of its own
        long otherCourse = -ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
        long everyone = summary.assignToEveryone(zorg, otherCourse, "Samenvatting voor iedereen (IT)", 10);
        try {
            computesOnlyWhatChanged(otherCourse);
        } finally {
            summary.removeAssignment(everyone);
        }
    }

    private void computesOnlyWhatChanged(long otherCourse) {
        dashboard.report();
        DashboardCache.Basis before = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(before).isNotNull();
        assertThat(before.tallies()).containsKeys(big.departmentId(), target.departmentId());

        completions.fire(completed(big.subjects().get(0), Instant.now(), 1, Optional.of(24)));
        dashboard.report();
        DashboardCache.Basis after = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(after.tallies().get(big.departmentId())).as("the department of the person who completed")
                .isNotSameAs(before.tallies().get(big.departmentId()));
        assertThat(after.tallies().get(target.departmentId())).as("another department: kept")
                .isSameAs(before.tallies().get(target.departmentId()));
        assertThat(after.audience()).as("the assignments and the tree: kept").isSameAs(before.audience());

        summary.moveMember(target.subjects().get(0), small.departmentId());
        dashboard.report();
        DashboardCache.Basis moved = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(moved.tallies().get(target.departmentId())).as("the department left").isNotSameAs(after.tallies().get(target.departmentId()));
        assertThat(moved.tallies().get(big.departmentId())).as("a department not involved").isSameAs(after.tallies().get(big.departmentId()));

        // an assignment changed: that course's figures computed again in every department, the others kept
        summary.moveDueDate(big.assignmentId(), -30);
        dashboard.report();
        DashboardCache.Basis reassigned = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(reassigned.audience()).as("an assignment changed: not computed whole").isSameAs(moved.audience());
        assertThat(reassigned.tallies().get(big.departmentId()).get(otherCourse)).as("another course's figures: kept")
                .isNotNull().isSameAs(moved.tallies().get(big.departmentId()).get(otherCourse));
        assertThat(reassigned.tallies().get(big.departmentId()).get(courseId)).as("the course's figures: computed again")
                .isNotSameAs(moved.tallies().get(big.departmentId()).get(courseId));

        String name = "IT samenvatting hernoemd " + UUID.randomUUID().toString().substring(0, 8);
        summary.renameDepartment(big.departmentId(), name);
        DashboardReport afterRename = dashboard.report();
        DashboardCache.Basis renamed = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(renamed.audience()).as("a department renamed: the tree read again").isNotSameAs(reassigned.audience());
        assertThat(renamed.tallies().get(big.departmentId())).as("but every department's figures kept")
                .isSameAs(reassigned.tallies().get(big.departmentId()));
        assertThat(afterRename.completion().rows()).as("under the new name")
                .anyMatch(r -> Objects.equals(r.departmentId(), big.departmentId()) && r.department().equals(name));

        summary.moveDepartment(target.departmentId(), big.departmentId());
        dashboard.report();
        DashboardCache.Basis moved2 = cache.keptCompletion(zorg).orElseThrow().part().basis();
        assertThat(moved2.tallies().get(small.departmentId()).get(otherCourse)).as("a department moved (whom a department"
                + " assignment reaches changes): computed whole").isNotSameAs(renamed.tallies().get(small.departmentId()).get(otherCourse));
        assertThat(moved2.tallies().get(target.departmentId())).as("the moved department's people now have the course of the"
                + " department above").containsKey(courseId);
    }

    /**
     * Answers of many learners at once, each judging several signals for the first time, as a class
     * taking the course together does: they share the tally rows of one group and, eight connections
     * among 16 revision rows, often a signals revision row (V2.15). Every judgement must be recorded —
     * no transaction chosen as a deadlock victim, none lost — and the tally and the heat map must equal
     * the judgements.
     */
    @Test
    void manyLearnersAnsweringAtOnceAreAllCountedWithoutDeadlock() throws Exception {
        List<String> signals = List.of("a-paspoort", "b-schuld", "c-onderdak", "d-vervoer");
        int threads = 8;
        int perThread = 12;
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(executor.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String subject = "it-" + UUID.randomUUID();
                    synchronized (outsiders) {
                        outsiders.add(subject);
                    }
                    // three of the four signals, a different one left out each time: overlapping sets in id order
                    Map<String, Boolean> judged = new java.util.LinkedHashMap<>();
                    for (int k = 0; k < signals.size(); k++) {
                        if (k != (thread + i) % signals.size()) {
                            judged.put(signals.get(k), (thread + i + k) % 3 == 0);
                        }
                    }
                    this.judged.fire(judgement(subject, judged));
                }
            }));
        }
        for (var f : done) {
            f.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        // read in a transaction, as the Dashboard boundary does: after the executor's tasks, Payara closed
        // the test thread's transaction-less persistence context under a later query once
        DashboardReport report;
        transaction.begin();
        try {
            report = dashboard.report();
        } finally {
            transaction.commit();
        }
        int judgements = 0;
        for (String signal : signals) {
            int[] total = summary.signalTotal(zorg, courseId, signal);
            judgements += total[0];
            HeatMapRow row = report.signals().rows().stream()
                    .filter(r -> r.courseId() == courseId && r.signalId().equals(signal)).findFirst().orElseThrow();
            assertThat(row.total()).as("heat map total of %s", signal)
                    .extracting(HeatMapCell::people, HeatMapCell::missed).containsExactly(total[0], total[1]);
        }
        assertThat(judgements).as("every judgement of every answer recorded").isEqualTo(threads * perThread * (signals.size() - 1));
    }

    @Test
    void theSummaryFollowsRemovedFactsTheDefaultValidityAndAPolicyRemoved() {
        // an organisation of its own: its default validity changes here, which no demo organisation's may
        long organisation = summary.organisation("it-samenvatting-" + UUID.randomUUID().toString().substring(0, 8), 24);
        try {
            String subject = "it-" + UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now();
            long old = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            long middle = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            long newest = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            summary.fact(organisation, middle, subject, courseId, 1, now.minusYears(2), null);
            summary.fact(organisation, newest, subject, courseId, 2, now.minusYears(1), 12);
            summary.fact(organisation, old, subject, courseId, 1, now.minusYears(3), null); // heard last
            assertSummaryEqualsTheFacts(organisation, subject, newest);

            summary.policy(organisation, courseId, 2);
            assertSummaryEqualsTheFacts(organisation, subject, newest);
            summary.removeFact(newest); // the latest goes: the one before is the latest again, and none counts
            assertSummaryEqualsTheFacts(organisation, subject, middle);
            assertThat(summary.summary(organisation, subject, courseId).get(2)).as("no version-2 completion left").isNull();

            summary.policy(organisation, courseId, null); // the decision withdrawn: every version counts again
            assertSummaryEqualsTheFacts(organisation, subject, middle);

            summary.defaultValidity(organisation, 36); // the course names no validity: the organisation's default applies
            assertSummaryEqualsTheFacts(organisation, subject, middle);
            summary.defaultValidity(organisation, null);
            assertSummaryEqualsTheFacts(organisation, subject, middle);
            assertThat(summary.summary(organisation, subject, courseId).get(1)).as("no validity at all: never expires").isNull();

            summary.removeFact(middle);
            summary.removeFact(old);
            assertThat(summary.summary(organisation, subject, courseId)).as("no completion left, no row").isNull();
        } finally {
            summary.removeOrganisation(organisation);
        }
    }

    private void assertSummaryEqualsTheFacts(long organisation, String subject, long latestCompletion) {
        List<Object> truth = summary.truth(organisation, subject, courseId);
        assertThat(((Number) truth.get(0)).longValue()).isEqualTo(latestCompletion);
        List<Object> kept = summary.summary(organisation, subject, courseId);
        assertThat(kept).as("completion id, valid until, latest counting completion").isNotNull();
        assertThat(((Number) kept.get(0)).longValue()).isEqualTo(latestCompletion);
        assertThat(kept.subList(1, 3)).isEqualTo(truth.subList(1, 3));
    }

    /** The department cells and the total of "paspoort" equal what SQL counts on the judgements and members. */
    private void assertCellsEqualTheFacts(int bigPeople, int targetPeople) {
        DashboardReport report = dashboard.report();
        HeatMapRow row = heatRow(report);
        int[] bigTruth = sql.signalCell(zorg, courseId, "paspoort", big.departmentId());
        int[] targetTruth = sql.signalCell(zorg, courseId, "paspoort", target.departmentId());
        assertThat(bigTruth[0]).isEqualTo(bigPeople);
        assertThat(targetTruth[0]).isEqualTo(targetPeople);
        assertThat(cell(report, row, big.departmentId())).as("big department")
                .extracting(HeatMapCell::people, HeatMapCell::missed).containsExactly(bigTruth[0], bigTruth[1]);
        assertThat(cell(report, row, target.departmentId())).as("target department")
                .extracting(HeatMapCell::people, HeatMapCell::missed).containsExactly(targetTruth[0], targetTruth[1]);
        int[] total = summary.signalTotal(zorg, courseId, "paspoort");
        assertThat(total[0]).isEqualTo(bigPeople + targetPeople);
        assertThat(row.total()).extracting(HeatMapCell::people, HeatMapCell::missed).containsExactly(total[0], total[1]);
    }

    private HeatMapRow heatRow(DashboardReport report) {
        return report.signals().rows().stream().filter(r -> r.courseId() == courseId && r.signalId().equals("paspoort"))
                .findFirst().orElseThrow();
    }

    private static HeatMapCell cell(DashboardReport report, HeatMapRow row, long departmentId) {
        List<HeatMapColumn> columns = report.signals().columns();
        for (int i = 0; i < columns.size() - 1; i++) {
            if (Objects.equals(columns.get(i).departmentId(), departmentId) && columns.get(i).kind() == GroupKind.DEPARTMENT) {
                return row.cells().get(i);
            }
        }
        throw new AssertionError("no column for department " + departmentId);
    }

    private SignalsJudged judgement(String subject, Map<String, Boolean> missed) {
        List<SignalsJudged.JudgedSignal> signals = new ArrayList<>();
        missed.forEach((id, m) -> signals.add(new SignalsJudged.JudgedSignal(id, "Signaal " + id, "Signal " + id, m)));
        return new SignalsJudged(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, "demo-zorg", courseId, 1,
                "Samenvatting (IT)", signals, Instant.now());
    }

    private CourseCompleted completed(String subject, Instant at, int version, Optional<Integer> validity) {
        return new CourseCompleted(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, "Test Persoon", "demo-zorg",
                courseId, version, "Samenvatting (IT)", Sector.HEALTHCARE, at, 90, validity);
    }
}
