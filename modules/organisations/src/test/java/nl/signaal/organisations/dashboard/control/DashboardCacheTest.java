package nl.signaal.organisations.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;
import org.junit.jupiter.api.Test;

class DashboardCacheTest {

    private static final long ZORG = 1, HORECA = 2;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30), TUESDAY = MONDAY.plusDays(1);

    private final DashboardCache cache = new DashboardCache(10);

    private static DashboardCache.CompletionPart part(int overdue) {
        return new DashboardCache.CompletionPart(new DashboardFigures(MONDAY, List.of(), overdue, 0), Map.of(7L, "Zorg"), List.of(), 0,
                List.of());
    }

    private static SignalHeatMap map() {
        return new SignalHeatMap(List.of(), List.of());
    }

    private static DashboardCache.Revisions revisions(long figures, long signals, long labels) {
        return new DashboardCache.Revisions(figures, signals, labels);
    }

    @Test
    void aCompletionPartIsHandedOutAgainOnlyForTheSameOrganisationNumberAndDay() {
        DashboardCache.CompletionPart part = part(3);
        cache.keepCompletion(ZORG, 5, MONDAY, part);

        assertThat(cache.completion(ZORG, 5, MONDAY)).containsSame(part);
        assertThat(cache.completion(ZORG, 6, MONDAY)).as("a change was committed since").isEmpty();
        assertThat(cache.completion(ZORG, 5, TUESDAY)).as("another day: other things are overdue").isEmpty();
        assertThat(cache.completion(HORECA, 5, MONDAY)).as("never another organisation's figures").isEmpty();
    }

    @Test
    void ofTwoLoadsComputingAtOnceTheOneThatReadTheLaterNumberIsKept() {
        DashboardCache.CompletionPart older = part(1), newer = part(2);
        cache.keepCompletion(ZORG, 8, MONDAY, newer);
        cache.keepCompletion(ZORG, 7, MONDAY, older);

        assertThat(cache.completion(ZORG, 8, MONDAY)).containsSame(newer);
        assertThat(cache.completion(ZORG, 7, MONDAY)).isEmpty();

        cache.keepCompletion(ZORG, 2, TUESDAY, older);
        assertThat(cache.completion(ZORG, 2, TUESDAY)).as("a new day replaces yesterday's part").containsSame(older);
        cache.keepCompletion(ZORG, 9, MONDAY, newer);
        assertThat(cache.completion(ZORG, 2, TUESDAY)).as("yesterday's load finishing late replaces nothing").containsSame(older);
    }

    @Test
    void aHeatMapIsHandedOutAgainOnlyWhileItsNumbersAndTheDepartmentsAreTheSame() {
        SignalHeatMap map = map();
        Map<Long, String> paths = Map.of(7L, "Zorg", 8L, "Zorg / Nacht");
        cache.keepHeatMap(ZORG, revisions(1, 40, 3), paths, map);

        assertThat(cache.heatMap(ZORG, revisions(1, 40, 3), Map.of(8L, "Zorg / Nacht", 7L, "Zorg"))).containsSame(map);
        assertThat(cache.heatMap(ZORG, revisions(2, 40, 3), paths)).as("a completion changes no heat map cell").containsSame(map);
        assertThat(cache.heatMap(ZORG, revisions(1, 41, 3), paths)).as("an answer changed the tally").isEmpty();
        assertThat(cache.heatMap(ZORG, revisions(1, 40, 4), paths)).as("a signal's wording changed").isEmpty();
        assertThat(cache.heatMap(ZORG, revisions(1, 40, 3), Map.of(7L, "Zorg", 8L, "Zorg / Avond")))
                .as("a department renamed: another column label and order").isEmpty();
        assertThat(cache.heatMap(HORECA, revisions(1, 40, 3), paths)).isEmpty();

        SignalHeatMap older = map();
        cache.keepHeatMap(ZORG, revisions(1, 39, 3), paths, older);
        assertThat(cache.heatMap(ZORG, revisions(1, 40, 3), paths)).as("a map read earlier does not replace a later one").containsSame(map);
    }

    @Test
    void bothPartsOfAnOrganisationAreKeptSideBySide() {
        DashboardCache.CompletionPart part = part(0);
        SignalHeatMap map = map();
        cache.keepCompletion(ZORG, 5, MONDAY, part);
        cache.keepHeatMap(ZORG, revisions(5, 1, 1), Map.of(), map);
        cache.keepCompletion(ZORG, 6, MONDAY, part(4));

        assertThat(cache.heatMap(ZORG, revisions(6, 1, 1), Map.of())).containsSame(map);
        assertThat(cache.completion(ZORG, 6, MONDAY)).get().extracting(p -> p.figures().overdue()).isEqualTo(4);
    }

    @Test
    void theKeptPartOfAnotherNumberIsHandedOutAsTheBasisOfComputingWhatChangedAndForgettingDropsIt() {
        DashboardCache.CompletionPart part = part(3);
        cache.keepCompletion(ZORG, 5, MONDAY, part);

        assertThat(cache.keptCompletion(ZORG)).get().extracting(DashboardCache.Completion::figures, DashboardCache.Completion::day,
                DashboardCache.Completion::part).containsExactly(5L, MONDAY, part);
        assertThat(cache.keptCompletion(HORECA)).as("never another organisation's part").isEmpty();

        cache.forget(ZORG);
        assertThat(cache.keptCompletion(ZORG)).isEmpty();
        assertThat(cache.completion(ZORG, 5, MONDAY)).isEmpty();
    }

    @Test
    void theOrganisationUsedLongestAgoGoesFirstWhenFull() {
        DashboardCache small = new DashboardCache(2);
        small.keepCompletion(1, 1, MONDAY, part(1));
        small.keepCompletion(2, 1, MONDAY, part(2));
        small.completion(1, 1, MONDAY);
        small.keepCompletion(3, 1, MONDAY, part(3));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.completion(1, 1, MONDAY)).isPresent();
        assertThat(small.completion(2, 1, MONDAY)).isEmpty();
        assertThat(small.completion(3, 1, MONDAY)).isPresent();

        DashboardCache none = new DashboardCache(0);
        none.keepCompletion(1, 1, MONDAY, part(1));
        assertThat(none.completion(1, 1, MONDAY)).as("capacity 0 keeps nothing").isEmpty();
        assertThatThrownBy(() -> new DashboardCache(-1)).hasMessageContaining("signaal.dashboard.cached-organisations");
    }
}
