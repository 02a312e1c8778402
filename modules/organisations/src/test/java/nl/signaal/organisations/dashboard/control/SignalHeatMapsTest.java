package nl.signaal.organisations.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalHeatMapsTest {

    private static final long COURSE = 7;
    private static final long VERPLEGING = 1, KEUKEN = 2, RECEPTIE = 3, NACHT = 4;
    private static final Map<Long, String> PATHS = Map.of(VERPLEGING, "Verpleging", KEUKEN, "Keuken", RECEPTIE, "Receptie",
            NACHT, "Verpleging / Nacht");

    private final List<SignalHeatMaps.Count> counts = new ArrayList<>();

    private void count(String signal, Long department, int people, int missed) {
        counts.add(new SignalHeatMaps.Count(COURSE, "Zorg", signal, "Signaal " + signal, "Signal " + signal, department, people, missed));
    }

    private SignalHeatMap map() {
        return SignalHeatMaps.compute(counts, PATHS);
    }

    private static HeatMapRow row(SignalHeatMap map, String signal) {
        return map.rows().stream().filter(r -> r.signalId().equals(signal)).findFirst().orElseThrow();
    }

    private static HeatMapCell cell(SignalHeatMap map, String signal, Long department) {
        List<HeatMapColumn> columns = map.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() != GroupKind.TOTAL && java.util.Objects.equals(columns.get(i).departmentId(), department)) {
                return row(map, signal).cells().get(i);
            }
        }
        throw new AssertionError("no column for " + department);
    }

    @Nested
    class Aggregation {

        @Test
        void cellsCountPeopleAndMissesPerDepartmentWithTheOrganisationAsTotal() {
            count("niet-alleen", VERPLEGING, 8, 6);
            count("niet-alleen", KEUKEN, 5, 1);
            count("niet-alleen", null, 6, 3);

            SignalHeatMap map = map();

            assertThat(map.columns()).extracting(HeatMapColumn::kind, HeatMapColumn::department).containsExactly(
                    tuple(GroupKind.DEPARTMENT, "Keuken"), tuple(GroupKind.DEPARTMENT, "Verpleging"),
                    tuple(GroupKind.NO_DEPARTMENT, ""), tuple(GroupKind.TOTAL, ""));
            assertThat(row(map, "niet-alleen").cells()).extracting(HeatMapCell::people, HeatMapCell::missed, HeatMapCell::percent)
                    .containsExactly(tuple(5, 1, 20), tuple(8, 6, 75), tuple(6, 3, 50), tuple(19, 10, 53));
        }

        @Test
        void theSignalMissedMostComesFirstAndADepartmentWithoutAnswersShowsEmpty() {
            count("schulden", VERPLEGING, 10, 2);
            count("paspoort", VERPLEGING, 10, 9);
            count("paspoort", KEUKEN, 6, 6);
            count("onderdak", VERPLEGING, 10, 5);

            SignalHeatMap map = map();

            assertThat(map.rows()).extracting(HeatMapRow::signalId).containsExactly("paspoort", "onderdak", "schulden");
            assertThat(cell(map, "schulden", KEUKEN)).isEqualTo(SignalHeatMaps.EMPTY);
            assertThat(cell(map, "schulden", KEUKEN).withheld()).isFalse();
            assertThat(row(map, "paspoort").total().percent()).isEqualTo(94);
        }

        @Test
        void labelsFollowTheReadersLanguageAndFallBackToDutch() {
            counts.add(new SignalHeatMaps.Count(COURSE, "Zorg", "a", "Niet alleen", "", VERPLEGING, 5, 1));
            counts.add(new SignalHeatMaps.Count(COURSE, "Zorg", "b", "Paspoort kwijt", "Passport gone", VERPLEGING, 5, 1));

            SignalHeatMap map = map();

            assertThat(row(map, "a").label(java.util.Locale.ENGLISH)).isEqualTo("Niet alleen");
            assertThat(row(map, "b").label(java.util.Locale.ENGLISH)).isEqualTo("Passport gone");
            assertThat(row(map, "b").label(java.util.Locale.forLanguageTag("nl"))).isEqualTo("Paspoort kwijt");
        }
    }

    @Nested
    class SmallGroupSuppression {

        @Test
        void aGroupOfFourIsWithheldAndAGroupOfFiveIsShown() {
            count("s", VERPLEGING, 5, 5);
            count("s", KEUKEN, 4, 4);
            count("s", RECEPTIE, 1, 0);
            count("t", KEUKEN, 6, 0); // so that Keuken has a column

            SignalHeatMap map = map();

            assertThat(cell(map, "s", VERPLEGING)).isEqualTo(new HeatMapCell(5, 5, 100));
            assertThat(cell(map, "s", KEUKEN).withheld()).isTrue();
            assertThat(cell(map, "s", KEUKEN).missed()).isNull();
        }

        @Test
        void aWithheldGroupCannotBeWorkedOutFromTheTotal() {
            // total 15 − Verpleging 5 − Receptie 6 would give away Keuken's 4 people: the smallest shown group goes too
            count("s", VERPLEGING, 5, 5);
            count("s", KEUKEN, 4, 4);
            count("s", RECEPTIE, 6, 0);
            count("t", VERPLEGING, 7, 1); // so that Verpleging has a column

            SignalHeatMap map = map();

            assertThat(cell(map, "s", VERPLEGING).withheld()).as("smallest shown group, withheld too").isTrue();
            assertThat(cell(map, "t", VERPLEGING)).isEqualTo(new HeatMapCell(7, 1, 14));
            assertThat(cell(map, "s", RECEPTIE)).isEqualTo(new HeatMapCell(6, 0, 0));
            assertThat(row(map, "s").total()).isEqualTo(new HeatMapCell(15, 9, 60));
            int shownPeople = row(map, "s").cells().subList(0, map.columns().size() - 1).stream()
                    .filter(c -> !c.withheld()).mapToInt(HeatMapCell::people).sum();
            assertThat(15 - shownPeople).as("people in withheld cells together").isGreaterThanOrEqualTo(5);
        }

        @Test
        void withheldGroupsOfFiveOrMoreTogetherNeedNoFurtherWithholding() {
            count("s", VERPLEGING, 3, 1);
            count("s", KEUKEN, 2, 2);
            count("s", RECEPTIE, 7, 1);

            SignalHeatMap map = map();

            assertThat(cell(map, "s", RECEPTIE)).isEqualTo(new HeatMapCell(7, 1, 14));
            assertThat(row(map, "s").total()).isEqualTo(new HeatMapCell(12, 4, 33));
        }

        @Test
        void aTotalBelowFiveIsWithheldAndSuchSignalsComeLast() {
            count("klein", VERPLEGING, 2, 2);
            count("klein", KEUKEN, 2, 2);
            count("groot", RECEPTIE, 5, 1);

            SignalHeatMap map = map();

            assertThat(row(map, "klein").total().withheld()).isTrue();
            assertThat(map.rows()).extracting(HeatMapRow::signalId).containsExactly("groot", "klein");
        }

        @Test
        void aDepartmentWithOnlyWithheldCellsGetsNoColumn() {
            count("s", VERPLEGING, 9, 3);
            count("s", NACHT, 3, 3);
            count("s", KEUKEN, 3, 0);

            SignalHeatMap map = map();

            assertThat(map.columns()).extracting(HeatMapColumn::department).containsExactly("Verpleging", "");
            assertThat(row(map, "s").total()).isEqualTo(new HeatMapCell(15, 6, 40));
        }

        @Test
        void membersWithoutADepartmentAreAGroupLikeAnyOther() {
            count("s", null, 4, 4);
            count("s", VERPLEGING, 20, 0);
            count("s", KEUKEN, 30, 3);

            SignalHeatMap map = map();

            // the 4 without a department are withheld, and with them the smallest shown group (Verpleging, 20)
            assertThat(map.columns()).extracting(HeatMapColumn::kind, HeatMapColumn::department)
                    .containsExactly(tuple(GroupKind.DEPARTMENT, "Keuken"), tuple(GroupKind.TOTAL, ""));
            assertThat(cell(map, "s", KEUKEN)).isEqualTo(new HeatMapCell(30, 3, 10));
            assertThat(row(map, "s").total()).isEqualTo(new HeatMapCell(54, 7, 13));
        }
    }
}
