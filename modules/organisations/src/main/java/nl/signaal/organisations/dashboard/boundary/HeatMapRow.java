package nl.signaal.organisations.dashboard.boundary;

import java.util.List;
import java.util.Locale;

/**
 * One signal of one course across the heat map's columns ({@code cells} in the order of
 * {@link SignalHeatMap#columns()}; the last cell is the whole organisation).
 */
public record HeatMapRow(long courseId, String courseTitle, String signalId, String labelNl, String labelEn,
                         List<HeatMapCell> cells) {

    public HeatMapRow {
        cells = List.copyOf(cells);
    }

    /** The signal in the reader's language: English when asked and translated, Dutch otherwise. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelNl;
    }

    /** The organisation-wide cell. */
    public HeatMapCell total() {
        return cells.get(cells.size() - 1);
    }
}
