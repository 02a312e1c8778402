package nl.signaal.organisations.reminders.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;
import org.junit.jupiter.api.Test;

/** Who gets which reminder when: the planner's rules, day by day. */
class ReminderPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final long COURSE = 7;

    private static final ReminderPlanner.Recipient ANNA = new ReminderPlanner.Recipient(1, "sub-anna", "anna@zorg.test", "Anna",
            "de Vries", true, 10L, null, "verpleegkundige");

    private static Audience.Rule organisationWide(long id, long course, LocalDate due, Integer recurrence) {
        return new Audience.Rule(id, course, "Signalen herkennen", Target.ORGANISATION, null, null, null, due, recurrence);
    }

    private static ReminderPlanner planner(ReminderPolicy policy, Integer defaultValidity, Audience.Rule... rules) {
        return new ReminderPlanner(new ReminderPlanner.Settings(policy, 14, defaultValidity), new Audience(Map.of(11L, 10L)),
                List.of(rules));
    }

    private static List<ReminderPlanner.Planned> plan(ReminderPlanner planner, Map<Long, ReminderPlanner.Completion> done) {
        return planner.plan(ANNA, done, TODAY);
    }

    @Test
    void aCourseDueWithinTheOrganisationsDaysGetsADueSoonReminderAboutItsDueDate() {
        var planned = plan(planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, TODAY.plusDays(14), null)), Map.of());

        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ReminderKind.DUE_SOON);
            assertThat(p.aboutDate()).isEqualTo(TODAY.plusDays(14));
            assertThat(p.email()).isEqualTo("anna@zorg.test");
            assertThat(p.courseTitle()).isEqualTo("Signalen herkennen");
        });
    }

    @Test
    void aCourseDueLaterThanTheDaysGetsNothingYetAndOneDueTodayStillCounts() {
        assertThat(plan(planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, TODAY.plusDays(15), null)), Map.of()))
                .isEmpty();
        assertThat(plan(planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, TODAY, null)), Map.of()))
                .extracting(ReminderPlanner.Planned::kind).containsExactly(ReminderKind.DUE_SOON);
    }

    @Test
    void overdueOnlyWhenThePolicySaysSo() {
        Audience.Rule past = organisationWide(1, COURSE, TODAY.minusDays(1), null);

        assertThat(plan(planner(ReminderPolicy.DUE_SOON, null, past), Map.of())).isEmpty();
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_AND_OVERDUE, null, past), Map.of()))
                .extracting(ReminderPlanner.Planned::kind, ReminderPlanner.Planned::aboutDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.OVERDUE, TODAY.minusDays(1)));
    }

    @Test
    void policyNoneDeactivatedMembersAndMembersWithoutAddressGetNothing() {
        Audience.Rule soon = organisationWide(1, COURSE, TODAY.plusDays(3), null);
        assertThat(plan(planner(ReminderPolicy.NONE, 12, soon), Map.of())).isEmpty();

        ReminderPlanner planner = planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, 12, soon);
        var gone = new ReminderPlanner.Recipient(2, "sub-gone", "gone@zorg.test", "Gone", "Away", false, null, null, null);
        var noAddress = new ReminderPlanner.Recipient(3, "sub-none", " ", "No", "Mail", true, null, null, null);
        assertThat(planner.plan(gone, Map.of(), TODAY)).isEmpty();
        assertThat(planner.plan(noAddress, Map.of(), TODAY)).isEmpty();
    }

    @Test
    void aCompletedCourseWithoutRecurrenceIsNeverRemindedAgain() {
        var done = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, TODAY.minusDays(40), null, "Signalen herkennen"));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_AND_OVERDUE, null, organisationWide(1, COURSE, TODAY.plusDays(3), null)), done))
                .isEmpty();
    }

    @Test
    void aRecurringCourseWhoseCompletionLapsesSoonIsDueSoonAgainForTheNextCycle() {
        LocalDate completed = TODAY.plusDays(10).minusMonths(12);
        var done = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, completed, null, "Signalen herkennen"));

        var planned = plan(planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, completed.minusDays(5), 12)), done);

        assertThat(planned).extracting(ReminderPlanner.Planned::kind, ReminderPlanner.Planned::aboutDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.DUE_SOON, completed.plusMonths(12)));
    }

    @Test
    void twoAssignmentsOfOneCourseGiveOneReminderAboutTheEarlierDate() {
        var planned = plan(planner(ReminderPolicy.DUE_SOON, null,
                organisationWide(1, COURSE, TODAY.plusDays(10), null), organisationWide(2, COURSE, TODAY.plusDays(5), null)), Map.of());

        assertThat(planned).extracting(ReminderPlanner.Planned::aboutDate).containsExactly(TODAY.plusDays(5));
    }

    @Test
    void aDepartmentAssignmentReachesSubDepartmentsButNotOthers() {
        Audience.Rule parent = new Audience.Rule(1, COURSE, "Signalen herkennen", Target.DEPARTMENT, 10L, null, null, TODAY.plusDays(2), null);
        ReminderPlanner planner = planner(ReminderPolicy.DUE_SOON, null, parent);
        var inChild = new ReminderPlanner.Recipient(4, "sub-4", "child@zorg.test", "Kind", "Afdeling", true, 11L, null, null);
        var elsewhere = new ReminderPlanner.Recipient(5, "sub-5", "else@zorg.test", "Elders", "Werkend", true, 99L, null, null);

        assertThat(planner.plan(inChild, Map.of(), TODAY)).hasSize(1);
        assertThat(planner.plan(elsewhere, Map.of(), TODAY)).isEmpty();
    }

    @Test
    void aCertificateRunningOutWithinThirtyDaysIsRemindedAboutItsLastValidDay() {
        LocalDate completed = TODAY.plusDays(30).minusMonths(24);
        var done = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, completed, 24, "Signalen herkennen"));

        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, null), done))
                .extracting(ReminderPlanner.Planned::kind, ReminderPlanner.Planned::aboutDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.CERTIFICATE_EXPIRING, TODAY.plusDays(30)));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_AND_OVERDUE, null), done)).as("policy without expiry").isEmpty();
    }

    @Test
    void theOrganisationsDefaultValidityAppliesOnlyWhenTheCourseHasNone() {
        LocalDate completed = TODAY.plusDays(20).minusMonths(12);
        var noCourseValidity = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, completed, null, "Signalen herkennen"));

        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, 12), noCourseValidity))
                .extracting(ReminderPlanner.Planned::aboutDate).containsExactly(TODAY.plusDays(20));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, null), noCourseValidity)).as("never expires").isEmpty();

        var courseSaysLonger = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, completed, 36, "Signalen herkennen"));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, 12), courseSaysLonger)).isEmpty();
    }

    @Test
    void anExpiredCertificateIsNotRemindedAndAnOldFactTakesItsTitleFromTheAssignment() {
        var expired = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, TODAY.minusDays(1).minusMonths(12), 12, "Oud"));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, null), expired)).isEmpty();

        LocalDate completed = TODAY.plusDays(5).minusMonths(12);
        var untitled = Map.of(COURSE, new ReminderPlanner.Completion(COURSE, completed, 12, null));
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, null), untitled)).as("no title known").isEmpty();
        assertThat(plan(planner(ReminderPolicy.DUE_SOON_OVERDUE_AND_EXPIRING, null,
                organisationWide(1, COURSE, completed.minusDays(1), null)), untitled))
                .extracting(ReminderPlanner.Planned::courseTitle).containsExactly("Signalen herkennen");
    }

    @Test
    void theSameReminderHasTheSameKeyEveryDayAndTheNextCycleAnother() {
        ReminderPlanner planner = planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, TODAY.plusDays(10), null));

        String monday = planner.plan(ANNA, Map.of(), TODAY).get(0).key();
        String tuesday = planner.plan(ANNA, Map.of(), TODAY.plusDays(1)).get(0).key();
        assertThat(tuesday).isEqualTo(monday);

        ReminderPlanner next = planner(ReminderPolicy.DUE_SOON, null, organisationWide(1, COURSE, TODAY.plusDays(11), null));
        assertThat(next.plan(ANNA, Map.of(), TODAY).get(0).key()).isNotEqualTo(monday);
    }
}
