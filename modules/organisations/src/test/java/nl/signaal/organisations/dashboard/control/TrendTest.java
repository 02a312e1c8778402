package nl.signaal.organisations.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void twelveMonthsEndingInTheCurrentOneWithEmptyMonthsAsZero() {
        List<MonthCount> months = Trend.months(Map.of(), TODAY);

        assertThat(months).hasSize(12);
        assertThat(months.get(0).key()).isEqualTo("2025-04");
        assertThat(months.get(11).key()).isEqualTo("2026-03");
        assertThat(months).extracting(MonthCount::completions).containsOnly(0);
        assertThat(Trend.from(TODAY)).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void daysAreAddedUpPerMonthAcrossTheYearsBoundary() {
        List<MonthCount> months = Trend.months(Map.of(
                LocalDate.of(2025, 12, 31), 2,
                LocalDate.of(2026, 1, 1), 3,
                LocalDate.of(2026, 1, 31), 4,
                LocalDate.of(2026, 3, 10), 1,
                LocalDate.of(2025, 4, 1), 5), TODAY);

        assertThat(months).extracting(MonthCount::year, MonthCount::month, MonthCount::completions)
                .contains(tuple(2025, 12, 2), tuple(2026, 1, 7), tuple(2026, 3, 1), tuple(2025, 4, 5), tuple(2026, 2, 0));
    }

    @Test
    void daysOutsideTheWindowAreIgnored() {
        List<MonthCount> months = Trend.months(Map.of(LocalDate.of(2025, 3, 31), 9, LocalDate.of(2026, 4, 1), 9), TODAY);

        assertThat(months).extracting(MonthCount::completions).containsOnly(0);
    }
}
