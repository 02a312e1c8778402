package nl.signaal.organisations.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final long ZORG = 1, VERPLEGING = 2, NACHT = 3, KEUKEN = 4, RECEPTIE = 5;
    private static final Map<Long, Long> PARENTS = Map.of(ZORG, 0L, VERPLEGING, ZORG, NACHT, VERPLEGING, KEUKEN, 0L, RECEPTIE, 0L);
    private static final Map<Long, String> PATHS = Map.of(ZORG, "Zorg", VERPLEGING, "Zorg / Verpleging",
            NACHT, "Zorg / Verpleging / Nacht", KEUKEN, "Keuken", RECEPTIE, "Receptie");
    private static final Audience AUDIENCE = new Audience(new HashMap<>(Map.of(VERPLEGING, ZORG, NACHT, VERPLEGING)));

    private final List<Audience.Person> people = new ArrayList<>();
    private final Map<String, Map<Long, LocalDate>> latest = new HashMap<>();

    private void people(long department, int count, Sector sector, String job) {
        for (int i = 0; i < count; i++) {
            people.add(new Audience.Person(people.size() + 1, department, sector, job, "s" + (people.size() + 1)));
        }
    }

    private void completed(int personIndex, long course, LocalDate on) {
        latest.computeIfAbsent(people.get(personIndex).subject(), k -> new HashMap<>()).put(course, on);
    }

    private static Audience.Rule rule(long course, String title, Target target, Long department, Sector sector, String job,
                                      LocalDate due, Integer months) {
        return new Audience.Rule(course * 10, course, title, target, department, sector, job, due, months);
    }

    private static DashboardRow find(DashboardFigures f, long course, GroupKind kind, String department) {
        return Figures.ofCourse(f, course).stream().filter(r -> r.kind() == kind && r.department().equals(department))
                .findFirst().orElseThrow();
    }

    @Test
    void countsAndPercentPerDepartmentWithSubDepartmentsReachedButCountedApart() {
        people(VERPLEGING, 6, Sector.HEALTHCARE, "Verpleegkundige");
        people(NACHT, 5, Sector.HEALTHCARE, "Verpleegkundige");
        people(KEUKEN, 7, Sector.HOSPITALITY, "Kok");
        for (int i = 0; i < 3; i++) {
            completed(i, 7, TODAY.minusDays(3)); // 3 of 6 in Verpleging
        }
        completed(6, 7, TODAY.minusDays(1)); // 1 of 5 in Nacht
        completed(12, 7, TODAY.minusDays(1)); // someone in Keuken, where the course is not assigned
        List<Audience.Rule> rules = List.of(rule(7, "Signalen in de zorg", Target.DEPARTMENT, ZORG, null, null, TODAY.plusDays(60), null));

        DashboardFigures f = Figures.compute(AUDIENCE, PATHS, rules, people, latest, TODAY);

        assertThat(Figures.ofCourse(f, 7)).extracting(DashboardRow::kind, DashboardRow::department, DashboardRow::members,
                DashboardRow::completed, DashboardRow::percent).containsExactly(
                tuple(GroupKind.DEPARTMENT, "Zorg / Verpleging", 6, 3, 50),
                tuple(GroupKind.DEPARTMENT, "Zorg / Verpleging / Nacht", 5, 1, 20),
                tuple(GroupKind.TOTAL, "", 11, 4, 36));
    }

    @Test
    void groupsOfFewerThanFiveAreMergedAndWithheldWhenStillTooSmall() {
        people(KEUKEN, 5, null, null);
        people(RECEPTIE, 3, null, null);
        people(VERPLEGING, 2, null, null);
        people(ZORG, 1, null, null);
        List<Audience.Rule> rules = List.of(
                rule(1, "Arbeidsuitbuiting", Target.ORGANISATION, null, null, null, TODAY.plusDays(90), 24),
                rule(2, "Alleen receptie", Target.DEPARTMENT, RECEPTIE, null, null, TODAY.plusDays(90), null));
        completed(5, 1, TODAY.minusDays(2)); // one at Receptie

        DashboardFigures f = Figures.compute(AUDIENCE, PATHS, rules, people, latest, TODAY);

        assertThat(find(f, 1, GroupKind.SMALL_GROUPS, "")).extracting(DashboardRow::members, DashboardRow::completed,
                DashboardRow::percent).containsExactly(6, 1, 17);
        assertThat(Figures.ofCourse(f, 1)).extracting(DashboardRow::department).doesNotContain("Receptie", "Zorg");
        assertThat(find(f, 2, GroupKind.SMALL_GROUPS, "").withheld()).isTrue();
        assertThat(find(f, 2, GroupKind.TOTAL, "").withheld()).as("the total is the same three people").isTrue();
    }

    @Test
    void overdueAndDueSoonAreCountedPerPersonAndCourse() {
        people(KEUKEN, 5, Sector.HOSPITALITY, "Kok");
        people(RECEPTIE, 5, Sector.HOSPITALITY, " receptionist ");
        List<Audience.Rule> rules = List.of(
                rule(1, "Signalen", Target.SECTOR, null, Sector.HOSPITALITY, null, TODAY.minusDays(1), null),
                rule(2, "Gastcontact", Target.JOB, null, null, "Receptionist", TODAY.plusDays(10), null),
                // a second assignment of course 1 for the kitchen: a person is counted once per course
                rule(1, "Signalen", Target.DEPARTMENT, KEUKEN, null, null, TODAY.plusDays(100), null));
        completed(0, 1, TODAY.minusDays(5));
        completed(5, 1, TODAY.minusDays(5));
        completed(6, 2, TODAY.minusDays(5));

        DashboardFigures f = Figures.compute(AUDIENCE, PATHS, rules, people, latest, TODAY);

        assertThat(find(f, 1, GroupKind.TOTAL, "")).extracting(DashboardRow::members, DashboardRow::completed,
                DashboardRow::overdue, DashboardRow::dueSoon).containsExactly(10, 2, 8, 0);
        assertThat(find(f, 2, GroupKind.DEPARTMENT, "Receptie")).extracting(DashboardRow::members, DashboardRow::completed,
                DashboardRow::overdue, DashboardRow::dueSoon).containsExactly(5, 1, 0, 4);
        assertThat(f.overdue()).isEqualTo(8);
        assertThat(f.dueSoon()).isEqualTo(4);
    }

    @Test
    void anOrganisationWithoutAssignmentsHasNoRows() {
        people(KEUKEN, 9, null, null);
        DashboardFigures f = Figures.compute(AUDIENCE, PATHS, List.of(), people, latest, TODAY);
        assertThat(f.rows()).isEmpty();
        assertThat(f.overdue()).isZero();
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(Figures.percent(1, 8)).isEqualTo(13);
        assertThat(Figures.percent(2, 3)).isEqualTo(67);
        assertThat(Figures.percent(0, 0)).isZero();
    }
}
