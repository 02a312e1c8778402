package nl.signaal.organisations.dashboard.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.HeatMapCell;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;

/**
 * The signals heat map from counts the database already grouped per course × signal × department
 * (one statement). The privacy rules, per signal:
 * <ol>
 * <li>a group of fewer than {@value Figures#MIN_GROUP} distinct people is withheld ("fewer than 5
 * people");</li>
 * <li>the organisation-wide total is shown, so the withheld groups together must hold 0 or at least
 * {@value Figures#MIN_GROUP} people — otherwise the total minus the shown groups would give away a
 * small group. While they hold 1–4 people, the smallest shown group is withheld as well;</li>
 * <li>the total itself is withheld below {@value Figures#MIN_GROUP} people;</li>
 * <li>a department whose every cell is withheld gets no column (its people still count in the total).</li>
 * </ol>
 * Rows come ordered by how often the signal was missed: the highest percentage first.
 */
public final class SignalHeatMaps {

    private SignalHeatMaps() {
    }

    /** One group × signal as the heat map query returns it; {@code departmentId} null: members without a department. */
    public record Count(long courseId, String courseTitle, String signalId, String labelNl, String labelEn, Long departmentId,
                       int people, int missed) {
    }

    private record Key(long courseId, String signalId) {
    }

    public static SignalHeatMap compute(List<Count> counts, Map<Long, String> departmentPaths) {
        Map<Key, List<Count>> bySignal = new LinkedHashMap<>();
        counts.forEach(c -> bySignal.computeIfAbsent(new Key(c.courseId(), c.signalId()), k -> new ArrayList<>()).add(c));
        // every group that appears anywhere, in display order: departments by path, then "no department"
        List<Long> groups = new ArrayList<>(counts.stream().map(Count::departmentId).filter(Objects::nonNull).distinct().toList());
        DutchKeys dutch = new DutchKeys();
        groups.sort(Comparator.comparing((Long d) -> dutch.of(departmentPaths.getOrDefault(d, ""))).thenComparing(d -> d));
        if (counts.stream().anyMatch(c -> c.departmentId() == null)) {
            groups.add(null);
        }
        Map<Key, Map<Long, HeatMapCell>> cells = new HashMap<>();
        Map<Key, HeatMapCell> totals = new HashMap<>();
        Set<Long> withFigures = new HashSet<>();
        for (var entry : bySignal.entrySet()) {
            Map<Long, Count> byGroup = new HashMap<>();
            entry.getValue().forEach(c -> byGroup.merge(c.departmentId(), c, (a, b) -> new Count(a.courseId(), a.courseTitle(),
                    a.signalId(), a.labelNl(), a.labelEn(), a.departmentId(), a.people() + b.people(), a.missed() + b.missed())));
            Map<Long, HeatMapCell> row = suppress(groups, byGroup);
            cells.put(entry.getKey(), row);
            row.forEach((group, cell) -> {
                if (!cell.withheld()) {
                    withFigures.add(group);
                }
            });
            int people = byGroup.values().stream().mapToInt(Count::people).sum();
            int missed = byGroup.values().stream().mapToInt(Count::missed).sum();
            totals.put(entry.getKey(), people >= Figures.MIN_GROUP ? cell(people, missed) : HeatMapCell.WITHHELD);
        }
        // a column only for groups with at least one figure shown
        List<Long> shown = groups.stream().filter(withFigures::contains).toList();
        List<HeatMapColumn> columns = new ArrayList<>();
        shown.forEach(g -> columns.add(g == null ? new HeatMapColumn(GroupKind.NO_DEPARTMENT, null, "")
                : new HeatMapColumn(GroupKind.DEPARTMENT, g, departmentPaths.getOrDefault(g, ""))));
        columns.add(new HeatMapColumn(GroupKind.TOTAL, null, ""));
        List<HeatMapRow> rows = new ArrayList<>();
        for (var entry : bySignal.entrySet()) {
            Count first = entry.getValue().get(0);
            Map<Long, HeatMapCell> ofSignal = cells.get(entry.getKey());
            List<HeatMapCell> row = new ArrayList<>(shown.size() + 1);
            shown.forEach(g -> row.add(ofSignal.getOrDefault(g, EMPTY)));
            row.add(totals.get(entry.getKey()));
            rows.add(new HeatMapRow(first.courseId(), first.courseTitle(), first.signalId(), first.labelNl(), first.labelEn(), row));
        }
        rows.sort(Comparator.comparing((HeatMapRow r) -> r.total().withheld())
                .thenComparing(r -> r.total().withheld() ? 0 : -r.total().percent())
                .thenComparing(r -> r.total().withheld() ? 0 : -r.total().missed())
                .thenComparing(r -> dutch.of(r.labelNl()))
                .thenComparing(r -> dutch.of(r.courseTitle()))
                .thenComparing(HeatMapRow::signalId));
        return new SignalHeatMap(columns, rows);
    }

    /** Nobody of this group judged the signal. */
    public static final HeatMapCell EMPTY = new HeatMapCell(0, 0, null);

    /** Rules 1 and 2 for one signal: the cell of every group that judged it. */
    static Map<Long, HeatMapCell> suppress(List<Long> order, Map<Long, Count> byGroup) {
        Map<Long, HeatMapCell> row = new HashMap<>();
        int withheldPeople = 0;
        for (var entry : byGroup.entrySet()) {
            Count c = entry.getValue();
            if (c.people() < Figures.MIN_GROUP) {
                row.put(entry.getKey(), HeatMapCell.WITHHELD);
                withheldPeople += c.people();
            } else {
                row.put(entry.getKey(), cell(c.people(), c.missed()));
            }
        }
        while (withheldPeople > 0 && withheldPeople < Figures.MIN_GROUP) {
            // the smallest group still shown (the later one in display order on a tie) is withheld as well
            Long smallest = null;
            for (Long group : order) {
                HeatMapCell cell = row.get(group);
                if (cell != null && !cell.withheld() && (smallest == null || cell.people() <= row.get(smallest).people())) {
                    smallest = group;
                }
            }
            if (smallest == null) {
                break; // nothing left to withhold; the total is below the minimum too and withheld by rule 3
            }
            withheldPeople += row.get(smallest).people();
            row.put(smallest, HeatMapCell.WITHHELD);
        }
        return row;
    }

    private static HeatMapCell cell(int people, int missed) {
        return new HeatMapCell(people, missed, Figures.percent(missed, people));
    }
}
