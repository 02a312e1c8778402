package nl.signaal.organisations.dashboard.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of one organisation on one day: rows per department × assigned course (with a
 * total row per course), and how many person × course assignments are overdue or due soon.
 */
public record DashboardFigures(LocalDate date, List<DashboardRow> rows, int overdue, int dueSoon) {

    public DashboardFigures {
        rows = List.copyOf(rows);
    }
}
