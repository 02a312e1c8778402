package nl.signaal.organisations.assignments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class NotCompleted {
        @Test
        void isDueOnTheAssignmentsDateAndNeitherSoonNorLateLongBefore() {
            DueDates.Status s = DueDates.status(DUE, null, null, d("2026-04-01"));
            assertThat(s).isEqualTo(new DueDates.Status(DUE, false, false, false));
        }

        @Test
        void isDueSoonFromThirtyDaysBeforeUpToAndIncludingTheDueDate() {
            assertThat(DueDates.status(DUE, 24, null, d("2026-05-30")).dueSoon()).as("31 days ahead").isFalse();
            assertThat(DueDates.status(DUE, 24, null, d("2026-05-31")).dueSoon()).as("30 days ahead").isTrue();
            assertThat(DueDates.status(DUE, 24, null, DUE)).isEqualTo(new DueDates.Status(DUE, false, false, true));
        }

        @Test
        void isOverdueTheDayAfterAndThenNotAlsoDueSoon() {
            assertThat(DueDates.status(DUE, null, null, d("2026-07-01"))).isEqualTo(new DueDates.Status(DUE, false, true, false));
        }
    }

    @Nested
    class WithoutRecurrence {
        @Test
        void anyCompletionSettlesItForGoodEvenOneBeforeTheAssignment() {
            assertThat(DueDates.status(DUE, null, d("2019-01-01"), d("2030-01-01")))
                    .isEqualTo(new DueDates.Status(null, true, false, false));
        }
    }

    @Nested
    class EveryTwentyFourMonths {
        @Test
        void theNextDueDateIsTheCompletionPlusTheRecurrence() {
            assertThat(DueDates.nextDue(DUE, 24, d("2026-06-10"))).isEqualTo(d("2028-06-10"));
            DueDates.Status s = DueDates.status(DUE, 24, d("2026-06-10"), d("2026-07-15"));
            assertThat(s).isEqualTo(new DueDates.Status(d("2028-06-10"), true, false, false));
        }

        @Test
        void butNeverBeforeTheAssignmentsOwnDueDate() {
            assertThat(DueDates.nextDue(DUE, 24, d("2023-01-01"))).isEqualTo(DUE);
        }

        @Test
        void aCompletionTooOldForTheCurrentPeriodDoesNotCount() {
            // completed 2023-01-01, valid until 2025-01-01: before the due date it must be retaken
            DueDates.Status s = DueDates.status(DUE, 24, d("2023-01-01"), d("2026-06-15"));
            assertThat(s).isEqualTo(new DueDates.Status(DUE, false, false, true));
        }

        @Test
        void aCompletionStillValidAtTheDueDateCounts() {
            assertThat(DueDates.status(DUE, 24, d("2024-07-01"), d("2026-06-15")))
                    .isEqualTo(new DueDates.Status(d("2026-07-01"), true, false, true));
        }

        @Test
        void aLapsedCompletionIsOverdueAgain() {
            DueDates.Status s = DueDates.status(DUE, 24, d("2026-06-10"), d("2028-06-11"));
            assertThat(s).isEqualTo(new DueDates.Status(d("2028-06-10"), false, true, false));
        }

        @Test
        void aDoneLearnerWhoseCompletionLapsesWithinThirtyDaysIsDueSoon() {
            DueDates.Status s = DueDates.status(DUE, 24, d("2026-06-10"), d("2028-05-20"));
            assertThat(s.done()).isTrue();
            assertThat(s.dueSoon()).isTrue();
            assertThat(s.overdue()).isFalse();
        }

        @Test
        void monthEndsAreKeptSensibly() {
            assertThat(DueDates.nextDue(d("2020-01-01"), 1, d("2026-01-31"))).isEqualTo(d("2026-02-28"));
        }
    }
}
