package nl.signaal.organisations.dashboard.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.control.DueDates;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.GroupKind;

/**
 * The dashboard's arithmetic over rows read in a fixed number of statements (departments,
 * assignments, active members, latest completion per person and course): per department and
 * assigned course, how many people the course applies to, how many are done, overdue and due
 * soon. A person with several assignments of one course is done only when done for all of them,
 * overdue when overdue on any.
 * <p>
 * Privacy: a department with fewer than {@value #MIN_GROUP} people for a course is not shown on
 * its own; such groups are merged into one row per course, and when even that row has fewer
 * than {@value #MIN_GROUP} people its figures are withheld.
 */
public final class Figures {

    /** The smallest group whose figures are shown. */
    public static final int MIN_GROUP = 5;

    private Figures() {
    }

    private static final class Cell {
        int members;
        int done;
        int overdue;
        int dueSoon;

        void add(Cell other) {
            members += other.members;
            done += other.done;
            overdue += other.overdue;
            dueSoon += other.dueSoon;
        }
    }

    /**
     * @param departmentPaths each department's full path, for the labels
     * @param latest          per person's subject, per course id, the date of their latest completion
     */
    public static DashboardFigures compute(Audience audience, Map<Long, String> departmentPaths, List<Audience.Rule> rules,
                                           List<Audience.Person> people, Map<String, Map<Long, LocalDate>> latest, LocalDate today) {
        Map<Long, String> titles = new LinkedHashMap<>();
        rules.forEach(r -> titles.putIfAbsent(r.courseId(), r.courseTitle()));
        // course -> department (null: none) -> cell
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        int overdue = 0;
        int dueSoon = 0;
        // which assignments reach a person depends only on their department, sector and job: worked out
        // once per such combination (a few hundred in an organisation of 10,000), not once per person
        Map<Audience.Person, Map<Long, List<Audience.Rule>>> byCombination = new HashMap<>();
        for (Audience.Person person : people) {
            Map<Long, List<Audience.Rule>> byCourse = byCombination.computeIfAbsent(
                    new Audience.Person(0, person.departmentId(), person.sector(), person.job(), ""), combination -> {
                        Map<Long, List<Audience.Rule>> courses = new HashMap<>();
                        for (Audience.Rule rule : rules) {
                            if (audience.applies(rule, combination)) {
                                courses.computeIfAbsent(rule.courseId(), k -> new ArrayList<>()).add(rule);
                            }
                        }
                        return courses;
                    });
            Map<Long, LocalDate> completions = latest.getOrDefault(person.subject(), Map.of());
            for (var entry : byCourse.entrySet()) {
                LocalDate last = completions.get(entry.getKey());
                boolean done = true;
                boolean late = false;
                boolean soon = false;
                for (Audience.Rule rule : entry.getValue()) {
                    DueDates.Status s = DueDates.status(rule.dueDate(), rule.recurrenceMonths(), last, today);
                    done &= s.done();
                    late |= s.overdue();
                    soon |= s.dueSoon();
                }
                Cell cell = cells.computeIfAbsent(entry.getKey(), k -> new HashMap<>())
                        .computeIfAbsent(person.departmentId(), k -> new Cell());
                cell.members++;
                cell.done += done ? 1 : 0;
                cell.overdue += late ? 1 : 0;
                cell.dueSoon += !late && soon ? 1 : 0;
                overdue += late ? 1 : 0;
                dueSoon += !late && soon ? 1 : 0;
            }
        }
        List<DashboardRow> rows = new ArrayList<>();
        List<Long> courses = new ArrayList<>(cells.keySet());
        DutchKeys dutch = new DutchKeys();
        courses.sort(Comparator.comparing((Long c) -> dutch.of(titles.get(c))).thenComparing(c -> c));
        for (Long course : courses) {
            Cell small = new Cell();
            Cell total = new Cell();
            List<DashboardRow> shown = new ArrayList<>();
            DashboardRow withoutDepartment = null;
            for (var entry : cells.get(course).entrySet()) {
                Cell cell = entry.getValue();
                total.add(cell);
                if (cell.members < MIN_GROUP) {
                    small.add(cell);
                } else if (entry.getKey() == null) {
                    withoutDepartment = row(GroupKind.NO_DEPARTMENT, null, "", course, titles.get(course), cell);
                } else {
                    String path = departmentPaths.getOrDefault(entry.getKey(), "");
                    shown.add(row(GroupKind.DEPARTMENT, entry.getKey(), path, course, titles.get(course), cell));
                }
            }
            shown.sort(Comparator.comparing((DashboardRow r) -> dutch.of(r.department())).thenComparing(DashboardRow::departmentId));
            rows.addAll(shown);
            if (withoutDepartment != null) {
                rows.add(withoutDepartment);
            }
            if (small.members > 0) {
                rows.add(small.members >= MIN_GROUP
                        ? row(GroupKind.SMALL_GROUPS, null, "", course, titles.get(course), small)
                        : new DashboardRow(GroupKind.SMALL_GROUPS, null, "", course, titles.get(course), null, null, null, null, null));
            }
            rows.add(total.members >= MIN_GROUP
                    ? row(GroupKind.TOTAL, null, "", course, titles.get(course), total)
                    : new DashboardRow(GroupKind.TOTAL, null, "", course, titles.get(course), null, null, null, null, null));
        }
        return new DashboardFigures(today, rows, overdue, dueSoon);
    }

    private static DashboardRow row(GroupKind kind, Long departmentId, String department, long course, String title, Cell c) {
        return new DashboardRow(kind, departmentId, department, course, title, c.members, c.done, percent(c.done, c.members),
                c.overdue, c.dueSoon);
    }

    /** Whole percent, rounded half up; 0 for an empty group. */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }

    /** Used by tests and callers that want the rows of one course. */
    public static List<DashboardRow> ofCourse(DashboardFigures figures, long courseId) {
        return figures.rows().stream().filter(r -> Objects.equals(r.courseId(), courseId)).toList();
    }
}
