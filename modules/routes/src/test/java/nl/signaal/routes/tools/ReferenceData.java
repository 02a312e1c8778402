package nl.signaal.routes.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 2023 municipal division joined from the two reference files (copied unchanged into
 * {@code src/test/resources/reference/} from {@code shared/reference/data/}; provenance in
 * the module README): CBS for municipality → province, minvws for municipality → safety
 * region, the GGD column as rebuilt there. The police unit per safety region is the table
 * of {@code SOURCES.md}; the RIEC follows the police unit by inference and is flagged so.
 */
public final class ReferenceData {

    /** Police unit code → name and safety regions, from SOURCES.md (confirmed with S22). */
    public static final Map<String, PoliceUnitRow> POLICE_UNITS;

    /** Everyday names people search by, for the two municipalities whose CBS name differs from them. */
    static final Map<String, String> ALSO_KNOWN_AS = Map.of(
            "GM0518", "Den Haag",
            "GM0796", "Den Bosch");

    public static final String PROVINCE_SOURCE = "CBS, Gemeentelijke indeling op 1 januari 2023 "
            + "(gemeenten-alfabetisch-2023.csv, github.com/edugis-repo/cbsbuurtwijkgemeente @9a31272). Bron: CBS, CC BY 4.0";
    public static final String POLICE_UNIT_SOURCE = "https://nl.wikipedia.org/wiki/Regionale_eenheden_van_de_Nationale_Politie";
    public static final String SAFETY_REGION_SOURCE = "Safety regions: github.com/minvws/nl-covid19-data-dashboard "
            + "packages/common/src/data/{gm,vr}.ts @5d711c7 (2023 division). Police unit: units cover whole safety regions, "
            + "composition per " + POLICE_UNIT_SOURCE;
    public static final String MUNICIPALITY_SOURCE = "CBS 2023 (province), minvws gm.ts (safety region), rebuilt GGD column; "
            + "police unit via safety region; RIEC inferred; see the routes module README";

    static {
        Map<String, PoliceUnitRow> units = new LinkedHashMap<>();
        units.put("NOORD_NEDERLAND", new PoliceUnitRow("Noord-Nederland", "RIEC Noord-Nederland", List.of("VR01", "VR02", "VR03")));
        units.put("OOST_NEDERLAND", new PoliceUnitRow("Oost-Nederland", "RIEC Oost-Nederland", List.of("VR04", "VR05", "VR06", "VR07", "VR08")));
        units.put("MIDDEN_NEDERLAND", new PoliceUnitRow("Midden-Nederland", "RIEC Midden-Nederland", List.of("VR09", "VR14", "VR25")));
        units.put("NOORD_HOLLAND", new PoliceUnitRow("Noord-Holland", "RIEC Noord-Holland", List.of("VR10", "VR11", "VR12")));
        units.put("AMSTERDAM", new PoliceUnitRow("Amsterdam", "RIEC Amsterdam-Amstelland", List.of("VR13")));
        units.put("DEN_HAAG", new PoliceUnitRow("Den Haag", "RIEC Den Haag", List.of("VR15", "VR16")));
        units.put("ROTTERDAM", new PoliceUnitRow("Rotterdam", "RIEC Rotterdam", List.of("VR17", "VR18")));
        units.put("ZEELAND_WEST_BRABANT", new PoliceUnitRow("Zeeland-West-Brabant", "RIEC Zeeland-West-Brabant", List.of("VR19", "VR20")));
        units.put("OOST_BRABANT", new PoliceUnitRow("Oost-Brabant", "RIEC Oost-Brabant", List.of("VR21", "VR22")));
        units.put("LIMBURG", new PoliceUnitRow("Limburg", "RIEC Limburg", List.of("VR23", "VR24")));
        POLICE_UNITS = java.util.Collections.unmodifiableMap(units);
    }

    public record PoliceUnitRow(String name, String riec, List<String> safetyRegions) {
    }

    /** A safety region with its police unit code. */
    public record SafetyRegionRow(String code, String name, String policeUnitCode) {
    }

    private final List<AreaRef> provinces;
    private final List<SafetyRegionRow> safetyRegions;
    private final List<MunicipalitySummary> municipalities;

    private ReferenceData(List<AreaRef> provinces, List<SafetyRegionRow> safetyRegions, List<MunicipalitySummary> municipalities) {
        this.provinces = provinces;
        this.safetyRegions = safetyRegions;
        this.municipalities = municipalities;
    }

    /** Reads and joins the two reference files; fails on any row that does not join. */
    public static ReferenceData load() {
        Map<String, CSVRecord> regionRows = new LinkedHashMap<>();
        for (CSVRecord r : read("/reference/gemeenten_2023_regios.csv")) {
            regionRows.put(r.get("GemeentecodeGM"), r);
        }
        Map<String, AreaRef> provinces = new TreeMap<>();
        Map<String, SafetyRegionRow> regions = new TreeMap<>();
        List<MunicipalitySummary> municipalities = new ArrayList<>();
        for (CSVRecord cbs : read("/reference/gemeenten_2023_cbs.csv")) {
            String code = cbs.get("GemeentecodeGM");
            CSVRecord region = regionRows.remove(code);
            if (region == null) {
                throw new IllegalStateException("No safety region for " + code);
            }
            AreaRef province = provinces.computeIfAbsent(cbs.get("ProvinciecodePV"), c -> new AreaRef(c, cbs.get("Provincienaam")));
            String vr = region.get("VeiligheidsregioCode");
            String unitCode = policeUnitOf(vr);
            PoliceUnitRow unit = POLICE_UNITS.get(unitCode);
            regions.computeIfAbsent(vr, c -> new SafetyRegionRow(c, region.get("Veiligheidsregio"), unitCode));
            municipalities.add(new MunicipalitySummary(code, cbs.get("Gemeentenaam"), ALSO_KNOWN_AS.get(code), province,
                    new AreaRef(vr, region.get("Veiligheidsregio")), new AreaRef(unitCode, unit.name()),
                    emptyToNull(region.get("GGDregio")), unit.riec(), false, null, null));
        }
        if (!regionRows.isEmpty()) {
            throw new IllegalStateException("Safety-region rows without a CBS municipality: " + regionRows.keySet());
        }
        return new ReferenceData(List.copyOf(provinces.values()), List.copyOf(regions.values()), List.copyOf(municipalities));
    }

    static String policeUnitOf(String safetyRegionCode) {
        return POLICE_UNITS.entrySet().stream()
                .filter(e -> e.getValue().safetyRegions().contains(safetyRegionCode))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No police unit for " + safetyRegionCode));
    }

    public List<AreaRef> provinces() {
        return provinces;
    }

    public List<SafetyRegionRow> safetyRegions() {
        return safetyRegions;
    }

    public List<MunicipalitySummary> municipalities() {
        return municipalities;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
