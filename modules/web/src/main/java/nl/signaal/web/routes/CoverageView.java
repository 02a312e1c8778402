package nl.signaal.web.routes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.routes.coverage.boundary.CoverageReport;
import nl.signaal.routes.coverage.boundary.CoverageReport.ProvinceCoverage;
import nl.signaal.routes.coverage.boundary.CoverageReports;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.shared.Message;
import nl.signaal.web.i18n.LanguagePreference;

/**
 * Backing bean of /routes/coverage.xhtml: the coverage report as a tile map of the 12
 * provinces (each tile where the province lies, coloured by its number of regional
 * meldpunten, the number written on it) plus the same figures as tables. Read-only and
 * cheap (in-memory snapshot), so request scoped.
 */
@Named
@RequestScoped
public class CoverageView {

    /** Tile size and gap of the map, in SVG units. */
    static final int TILE = 96;
    static final int GAP = 6;

    /**
     * Column and row of each province on the tile map, roughly as they lie: Fryslân and
     * Groningen on top, Zeeland, Noord-Brabant and Limburg at the bottom.
     */
    static final Map<String, int[]> POSITIONS = Map.ofEntries(
            Map.entry("PV21", new int[] {1, 0}), Map.entry("PV20", new int[] {2, 0}),
            Map.entry("PV27", new int[] {0, 1}), Map.entry("PV24", new int[] {1, 1}), Map.entry("PV22", new int[] {2, 1}),
            Map.entry("PV28", new int[] {0, 2}), Map.entry("PV26", new int[] {1, 2}), Map.entry("PV23", new int[] {2, 2}),
            Map.entry("PV29", new int[] {0, 3}), Map.entry("PV30", new int[] {1, 3}), Map.entry("PV25", new int[] {2, 3}),
            Map.entry("PV31", new int[] {2, 4}));

    /** Colour classes by number of regional meldpunten: light to dark, with a text colour of sufficient contrast. */
    static final List<ColourClass> CLASSES = List.of(
            new ColourClass(0, 0, "#f1f1f1", "#1b1b1f"),
            new ColourClass(1, 1, "#c6dbef", "#1b1b1f"),
            new ColourClass(2, 2, "#6baed6", "#1b1b1f"),
            new ColourClass(3, 4, "#2171b5", "#ffffff"),
            new ColourClass(5, Integer.MAX_VALUE, "#08306b", "#ffffff"));

    /** One step of the colour legend. */
    public record ColourClass(int from, int to, String fill, String text) {

        boolean contains(int count) {
            return count >= from && count <= to;
        }

        /** "0", "1", "3–4", "5+" */
        public String range() {
            if (from == to) {
                return String.valueOf(from);
            }
            return to == Integer.MAX_VALUE ? from + "+" : from + "–" + to;
        }
    }

    /** A province's tile on the map. */
    public record Tile(String code, String name, int x, int y, int meldpunten, int kenniscentra, String fill, String text,
                       String title) {

        public int labelX() {
            return x + TILE / 2;
        }
    }

    @Inject
    CoverageReports reports;

    @Inject
    LanguagePreference language;

    private CoverageReport report;

    private CoverageReport report() {
        if (report == null) {
            report = reports.current();
        }
        return report;
    }

    public List<ProvinceCoverage> getProvinces() {
        return report().provinces();
    }

    public List<Tile> getTiles() {
        List<Tile> tiles = new ArrayList<>();
        for (ProvinceCoverage p : report().provinces()) {
            int[] at = POSITIONS.get(p.province().code());
            if (at == null) {
                continue; // a province code we have no tile for: it is still in the table
            }
            ColourClass colour = colour(p.meldpunten());
            String title = RouteTexts.text(language.getLocale(), "coverage.map.tile", p.province().name(), p.meldpunten(),
                    p.kenniscentra());
            tiles.add(new Tile(p.province().code(), p.province().name(), at[0] * (TILE + GAP), at[1] * (TILE + GAP),
                    p.meldpunten(), p.kenniscentra(), colour.fill(), colour.text(), title));
        }
        return tiles;
    }

    public List<ColourClass> getLegend() {
        return CLASSES;
    }

    public int getMapWidth() {
        return 3 * (TILE + GAP);
    }

    public int getMapHeight() {
        return 5 * (TILE + GAP);
    }

    public List<MunicipalitySummary> getWithoutRegionalMeldpunt() {
        return report().withoutRegionalMeldpunt();
    }

    public String getUncoveredSummary() {
        int total = report().provinces().stream().mapToInt(ProvinceCoverage::municipalities).sum();
        return RouteTexts.text(language.getLocale(), "coverage.uncovered.count", report().withoutRegionalMeldpunt().size(), total);
    }

    public List<ReportingPointData> getOverdue() {
        return report().verificationOverdue();
    }

    public String getOverdueSummary() {
        return RouteTexts.text(language.getLocale(), "coverage.overdue.count", report().verificationOverdue().size());
    }

    public String getAsOf() {
        return RouteTexts.text(language.getLocale(), "coverage.asOf",
                report().asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())));
    }

    /** A routes-module text (kinds, scopes, confidence) in the page's language. */
    public String label(String key) {
        return Message.of(key).format(language.getLocale());
    }

    static ColourClass colour(int count) {
        return CLASSES.stream().filter(c -> c.contains(count)).findFirst().orElse(CLASSES.get(CLASSES.size() - 1));
    }
}
