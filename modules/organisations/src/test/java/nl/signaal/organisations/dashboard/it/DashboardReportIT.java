package nl.signaal.organisations.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.signaal.organisations.dashboard.boundary.CourseStatus;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.MemberStatus;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.organisations.dashboard.control.Trend;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.events.SignalsJudged;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.NotInYourOrganisationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rest of the dashboard through the real CDI events and PostgreSQL, with data of its own in
 * demo-zorg (a course id learning never uses, departments with unique names): the signals heat
 * map, the expiring certificates and the trend equal what plain SQL counts on the same tables;
 * small groups are withheld; an answer that rolled back never counts; the drill-down shows one
 * member's dates and refuses a member of another organisation.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardReportIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Deployment
    static WebArchive deployment() {
        return DashboardArchive.named("organisations-report-it.war");
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

    @EJB
    ReportProbe sql;

    private long zorg;
    private long courseId;
    private DashboardProbe.Setup big;
    private DashboardProbe.Setup small;

    @BeforeEach
    void twoDepartmentsOfSixAndThreeWithAnAssignment() {
        courseId = -ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE); // never one of learning's
        zorg = tenants.organisationIdOf("demo-zorg").orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        big = probe.department(zorg, "IT rapport groot " + tag, 6, courseId, "Rapport (IT) " + tag);
        small = sql.department(zorg, "IT rapport klein " + tag, 3);
    }

    @AfterEach
    void removeIt() {
        sql.removeSignals(courseId);
        sql.removeDepartment(small);
        probe.remove(big);
    }

    private SignalsJudged judgement(String subject, String organisation, Map<String, Boolean> missed) {
        List<SignalsJudged.JudgedSignal> signals = new ArrayList<>();
        missed.forEach((id, m) -> signals.add(new SignalsJudged.JudgedSignal(id, "Signaal " + id, "Signal " + id, m)));
        return new SignalsJudged(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, organisation, courseId, 1,
                "Rapport (IT)", signals, Instant.now());
    }

    private HeatMapRow heatRow(DashboardReport report, String signal) {
        return report.signals().rows().stream().filter(r -> r.courseId() == courseId && r.signalId().equals(signal))
                .findFirst().orElseThrow();
    }

    private static HeatMapCell cell(DashboardReport report, HeatMapRow row, Long departmentId) {
        List<HeatMapColumn> columns = report.signals().columns();
        for (int i = 0; i < columns.size() - 1; i++) {
            if (java.util.Objects.equals(columns.get(i).departmentId(), departmentId) && columns.get(i).kind() == GroupKind.DEPARTMENT) {
                return row.cells().get(i);
            }
        }
        return null; // no column
    }

    @Test
    void theHeatMapEqualsWhatSqlCountsAndWithholdsSmallGroups() {
        List<String> b = big.subjects();
        List<String> s = small.subjects();
        // big department: 6 people judged "paspoort", 4 missed it (one of them twice, once recognised later)
        for (int i = 0; i < 6; i++) {
            judged.fire(judgement(b.get(i), "demo-zorg", Map.of("paspoort", i < 4)));
        }
        judged.fire(judgement(b.get(0), "demo-zorg", Map.of("paspoort", true, "schulden", false)));
        judged.fire(judgement(b.get(0), "demo-zorg", Map.of("paspoort", false)));
        // small department: 3 people, all missed "paspoort"
        s.forEach(subject -> judged.fire(judgement(subject, "demo-zorg", Map.of("paspoort", true))));
        // the same answer heard twice changes nothing; another organisation's answer never counts here
        SignalsJudged twice = judgement(b.get(5), "demo-zorg", Map.of("schulden", true));
        judged.fire(twice);
        judged.fire(twice);
        judged.fire(judgement(b.get(1), "demo-horeca", Map.of("schulden", true)));

        DashboardReport report = dashboard.report();

        HeatMapRow paspoort = heatRow(report, "paspoort");
        int[] truth = sql.signalCell(zorg, courseId, "paspoort", big.departmentId());
        assertThat(truth).containsExactly(6, 4);
        HeatMapCell bigCell = cell(report, paspoort, big.departmentId());
        // the small department (3) must not be derivable from the total: the big one is withheld with it
        assertThat(bigCell == null || bigCell.withheld()).as("withheld together with the small department").isTrue();
        assertThat(cell(report, paspoort, small.departmentId())).as("no column for a department without figures").isNull();
        assertThat(paspoort.labelNl()).isEqualTo("Signaal paspoort");
        int[] smallTruth = sql.signalCell(zorg, courseId, "paspoort", small.departmentId());
        assertThat(smallTruth).containsExactly(3, 3);
        assertThat(paspoort.total()).as("the whole organisation: both departments")
                .isEqualTo(new HeatMapCell(truth[0] + smallTruth[0], truth[1] + smallTruth[1], 78));

        HeatMapRow schulden = heatRow(report, "schulden");
        assertThat(sql.signalCell(zorg, courseId, "schulden", big.departmentId())).containsExactly(2, 1);
        assertThat(schulden.total()).isEqualTo(HeatMapCell.WITHHELD);
    }

    @Test
    void aGroupOfFiveOrMoreIsShownWithTheFiguresSqlCounts() {
        List<String> b = big.subjects();
        for (int i = 0; i < 6; i++) {
            judged.fire(judgement(b.get(i), "demo-zorg", Map.of("onderdak", i % 2 == 0)));
        }

        DashboardReport report = dashboard.report();

        int[] truth = sql.signalCell(zorg, courseId, "onderdak", big.departmentId());
        HeatMapCell cell = cell(report, heatRow(report, "onderdak"), big.departmentId());
        assertThat(cell).isNotNull();
        assertThat(cell.people()).isEqualTo(truth[0]).isEqualTo(6);
        assertThat(cell.missed()).isEqualTo(truth[1]).isEqualTo(3);
        assertThat(cell.percent()).isEqualTo(50);
    }

    @Test
    void anAnswerThatRolledBackNeverCountsAndARepeatedOneOnce() {
        String subject = big.subjects().get(0);
        sql.judgeAndRollBack(judgement(subject, "demo-zorg", Map.of("paspoort", true)));
        assertThat(sql.judgementRows(subject)).isZero();

        SignalsJudged event = judgement(subject, "demo-zorg", Map.of("paspoort", true, "schulden", false));
        judged.fire(event);
        judged.fire(event);
        assertThat(sql.judgementRows(subject)).isEqualTo(2);
    }

    @Test
    void expiringCertificatesAndTheTrendEqualWhatSqlCounts() {
        List<String> b = big.subjects();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(DUTCH);
        // completed 23 months ago, valid 24 months: expires in about a month
        Instant longAgo = ZonedDateTime.now(DUTCH).minusMonths(23).toInstant();
        completions.fire(completed(b.get(0), longAgo, Optional.of(24)));
        completions.fire(completed(b.get(1), longAgo, Optional.of(24)));
        // the same 23 months ago, but renewed this week: not expiring
        completions.fire(completed(b.get(2), longAgo, Optional.of(24)));
        completions.fire(completed(b.get(2), now, Optional.of(24)));
        // valid 60 months: far from expiring
        completions.fire(completed(b.get(3), longAgo, Optional.of(60)));
        // and the organisation's default validity: not expiring within 90 days
        completions.fire(completed(b.get(4), now, Optional.empty()));

        DashboardReport report = dashboard.report();

        int truth = sql.expiring(zorg, courseId, big.departmentId(), today, today.plusDays(90));
        assertThat(truth).isEqualTo(2);
        ExpiringCertificates row = report.expiring().stream()
                .filter(e -> e.courseId() == courseId && java.util.Objects.equals(e.departmentId(), big.departmentId()))
                .findFirst().orElseThrow();
        assertThat(row.people()).isEqualTo(truth);
        assertThat(row.courseTitle()).isEqualTo("Rapport (IT)");
        assertThat(row.firstExpiry()).isEqualTo(LocalDate.ofInstant(longAgo, DUTCH).plusMonths(24));
        assertThat(report.expiringPeople()).isEqualTo(report.expiring().stream().mapToInt(ExpiringCertificates::people).sum());

        Map<String, Integer> months = report.trend().stream().collect(Collectors.toMap(MonthCount::key, MonthCount::completions));
        assertThat(months).hasSize(12);
        Map<String, Integer> sqlMonths = sql.completionsPerMonth(zorg, Trend.from(today)).stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
        sqlMonths.forEach((month, count) -> assertThat(months).containsEntry(month, count));
        assertThat(months.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(sqlMonths.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(months.get(report.trend().get(11).key())).as("this month includes the two completions of today")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDrillDownShowsOneMembersDatesAndRefusesAnotherOrganisationsMember() {
        String subject = big.subjects().get(0);
        Instant longAgo = ZonedDateTime.now(DUTCH).minusMonths(23).toInstant();
        completions.fire(completed(subject, longAgo, Optional.of(24)));

        MemberStatus status = dashboard.memberStatus(sql.memberId(subject));

        assertThat(status.department()).startsWith("IT rapport groot ");
        CourseStatus course = status.courses().stream().filter(c -> c.courseId() == courseId).findFirst().orElseThrow();
        assertThat(course.assigned()).isTrue();
        assertThat(course.lastCompleted()).isEqualTo(LocalDate.ofInstant(longAgo, DUTCH));
        assertThat(course.validUntil()).isEqualTo(LocalDate.ofInstant(longAgo, DUTCH).plusMonths(24));
        assertThat(course.expiringSoon()).isTrue();

        // a member of another organisation, made here: a fresh database has no members anywhere
        DashboardProbe.Setup elsewhere = sql.department(tenants.organisationIdOf("demo-horeca").orElseThrow(),
                "IT rapport elders " + java.util.UUID.randomUUID(), 1);
        try {
            long foreign = sql.memberId(elsewhere.subjects().get(0));
            assertThatThrownBy(() -> dashboard.memberStatus(foreign)).isInstanceOf(NotInYourOrganisationException.class);
        } finally {
            sql.removeDepartment(elsewhere);
        }
        assertThatThrownBy(() -> dashboard.memberStatus(Long.MAX_VALUE)).isInstanceOf(NotInYourOrganisationException.class);
    }

    private CourseCompleted completed(String subject, Instant at, Optional<Integer> validity) {
        return new CourseCompleted(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, "Test Persoon", "demo-zorg",
                courseId, 1, "Rapport (IT)", Sector.HEALTHCARE, at, 90, validity);
    }
}
