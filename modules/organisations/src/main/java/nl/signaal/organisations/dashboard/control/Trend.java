package nl.signaal.organisations.dashboard.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.signaal.organisations.dashboard.boundary.MonthCount;

/**
 * Completions per month for the last {@value #MONTHS} months, the current month included, from
 * counts per day (the database groups per day, at most a year of rows; this buckets them). Months
 * without completions are there with 0, so a chart's axis has no gaps.
 */
public final class Trend {

    public static final int MONTHS = 12;

    private Trend() {
    }

    /** The first day counted: the first of the month eleven months before {@code today}'s. */
    public static LocalDate from(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
    }

    /** @param perDay completions per Dutch calendar day; days outside the window are ignored */
    public static List<MonthCount> months(Map<LocalDate, Integer> perDay, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, Integer> buckets = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            buckets.put(m, 0);
        }
        perDay.forEach((day, count) -> buckets.computeIfPresent(YearMonth.from(day), (m, sum) -> sum + count));
        List<MonthCount> result = new ArrayList<>();
        buckets.forEach((m, count) -> result.add(new MonthCount(m.getYear(), m.getMonthValue(), count)));
        return result;
    }
}
