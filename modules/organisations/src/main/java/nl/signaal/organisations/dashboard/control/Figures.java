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
import nl.signaal.organisations.dashboard.entity.DashboardDepartmentChange;

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

    /** The key of the people without a department in {@link #tallies}: the one the database notes them under (V2.16). */
    public static final long NO_DEPARTMENT = DashboardDepartmentChange.NO_DEPARTMENT;

    /**
     * One department's figures for one course: how many people it applies to, how many are done,
     * overdue and due soon (not overdue).
     */
    public record Tally(int members, int done, int overdue, int dueSoon) {

        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(members + other.members, done + other.done, overdue + other.overdue, dueSoon + other.dueSoon);
        }
    }

    /**
     * The whole dashboard's figures: {@link #tallies} of everyone, then {@link #rows}.
     *
     * @param departmentPaths each department's full path, for the labels
     * @param latest          per person's subject, per course id, the date of their latest completion
     */
    public static DashboardFigures compute(Audience audience, Map<Long, String> departmentPaths, List<Audience.Rule> rules,
                                           List<Audience.Person> people, Map<String, Map<Long, LocalDate>> latest, LocalDate today) {
        return rows(tallies(audience, rules, people, latest, today), titles(rules), departmentPaths, today);
    }

    /** Each assigned course's title, as its first assignment names it. */
    public static Map<Long, String> titles(List<Audience.Rule> rules) {
        Map<Long, String> titles = new LinkedHashMap<>();
        rules.forEach(r -> titles.putIfAbsent(r.courseId(), r.courseTitle()));
        return titles;
    }

    /**
     * Per department ({@value #NO_DEPARTMENT}: none) and assigned course, the {@link Tally} of these
     * people. A department's tallies depend only on its own people, so the dashboard can compute
     * again only the departments that changed (docs/adr/0010).
     */
    public static Map<Long, Map<Long, Tally>> tallies(Audience audience, List<Audience.Rule> rules, List<Audience.Person> people,
                                                      Map<String, Map<Long, LocalDate>> latest, LocalDate today) {
        // department -> course -> {members, done, overdue, due soon}
        Map<Long, Map<Long, int[]>> counts = new HashMap<>();
        // which assignments reach a person depends only on their department, sector and job: worked out
        // once per such combination, not once per person
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
            Map<Long, int[]> ofDepartment = null;
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
                if (ofDepartment == null) {
                    ofDepartment = counts.computeIfAbsent(key(person.departmentId()), k -> new HashMap<>());
                }
                int[] c = ofDepartment.computeIfAbsent(entry.getKey(), k -> new int[4]);
                c[0]++;
                c[1] += done ? 1 : 0;
                c[2] += late ? 1 : 0;
                c[3] += !late && soon ? 1 : 0;
            }
        }
        Map<Long, Map<Long, Tally>> tallies = new HashMap<>();
        counts.forEach((department, courses) -> {
            Map<Long, Tally> t = new HashMap<>();
            courses.forEach((course, c) -> t.put(course, new Tally(c[0], c[1], c[2], c[3])));
            tallies.put(department, Map.copyOf(t));
        });
        return tallies;
    }

    /** The key of a department id in {@link #tallies} ({@value #NO_DEPARTMENT} for none). */
    public static long key(Long departmentId) {
        return departmentId == null ? NO_DEPARTMENT : departmentId;
    }

    /**
     * The dashboard's rows from every department's tallies: per course (in Dutch alphabetical order)
     * the departments of at least {@value #MIN_GROUP} people, the people without a department, the
     * smaller groups merged, and the total; overdue and due soon over everyone.
     */
    public static DashboardFigures rows(Map<Long, Map<Long, Tally>> tallies, Map<Long, String> titles, Map<Long, String> departmentPaths,
                                        LocalDate today) {
        // course -> department key -> tally
        Map<Long, Map<Long, Tally>> cells = new HashMap<>();
        int overdue = 0;
        int dueSoon = 0;
        for (var department : tallies.entrySet()) {
            for (var course : department.getValue().entrySet()) {
                cells.computeIfAbsent(course.getKey(), k -> new HashMap<>()).put(department.getKey(), course.getValue());
                overdue += course.getValue().overdue();
                dueSoon += course.getValue().dueSoon();
            }
        }
        List<DashboardRow> rows = new ArrayList<>();
        List<Long> courses = new ArrayList<>(cells.keySet());
        DutchKeys dutch = new DutchKeys();
        courses.sort(Comparator.comparing((Long c) -> dutch.of(titles.getOrDefault(c, ""))).thenComparing(c -> c));
        for (Long course : courses) {
            String title = titles.getOrDefault(course, "");
            Tally small = Tally.NONE;
            Tally total = Tally.NONE;
            List<DashboardRow> shown = new ArrayList<>();
            DashboardRow withoutDepartment = null;
            for (var entry : cells.get(course).entrySet()) {
                Tally cell = entry.getValue();
                if (cell.members() == 0) {
                    continue;
                }
                total = total.plus(cell);
                if (cell.members() < MIN_GROUP) {
                    small = small.plus(cell);
                } else if (entry.getKey() == NO_DEPARTMENT) {
                    withoutDepartment = row(GroupKind.NO_DEPARTMENT, null, "", course, title, cell);
                } else {
                    String path = departmentPaths.getOrDefault(entry.getKey(), "");
                    shown.add(row(GroupKind.DEPARTMENT, entry.getKey(), path, course, title, cell));
                }
            }
            shown.sort(Comparator.comparing((DashboardRow r) -> dutch.of(r.department())).thenComparing(DashboardRow::departmentId));
            rows.addAll(shown);
            if (withoutDepartment != null) {
                rows.add(withoutDepartment);
            }
            if (small.members() > 0) {
                rows.add(small.members() >= MIN_GROUP
                        ? row(GroupKind.SMALL_GROUPS, null, "", course, title, small)
                        : new DashboardRow(GroupKind.SMALL_GROUPS, null, "", course, title, null, null, null, null, null));
            }
            rows.add(total.members() >= MIN_GROUP
                    ? row(GroupKind.TOTAL, null, "", course, title, total)
                    : new DashboardRow(GroupKind.TOTAL, null, "", course, title, null, null, null, null, null));
        }
        return new DashboardFigures(today, rows, overdue, dueSoon);
    }

    private static DashboardRow row(GroupKind kind, Long departmentId, String department, long course, String title, Tally c) {
        return new DashboardRow(kind, departmentId, department, course, title, c.members(), c.done(), percent(c.done(), c.members()),
                c.overdue(), c.dueSoon());
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
