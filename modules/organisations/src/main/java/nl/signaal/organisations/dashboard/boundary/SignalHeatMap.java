package nl.signaal.organisations.dashboard.boundary;

import java.util.List;

/**
 * Signals missed most: signal × department, the signals the organisation's people missed most
 * first. Only aggregates of at least five people; see {@code SignalHeatMaps} for the rules.
 */
public record SignalHeatMap(List<HeatMapColumn> columns, List<HeatMapRow> rows) {

    public SignalHeatMap {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
