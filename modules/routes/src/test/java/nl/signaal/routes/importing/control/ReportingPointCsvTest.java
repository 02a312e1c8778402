package nl.signaal.routes.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.signaal.routes.importing.boundary.CsvError;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.shared.Message;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

class ReportingPointCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String HEADER = String.join(",", ReportingPointCsv.COLUMNS) + "\n";
    private static final String GOOD = ",Meldpunt Mensenhandel Test,REPORT,REGION,VR13,ALL,CITIZENS|PROFESSIONALS,"
            + "088-2220500,24/7,,https://example.org,,,,yes,https://example.org/bron,,CONFIRMED,,\n";

    private final List<ReportingPointData> existing = Fixtures.seededPointsWithIds();
    private final ReportingPointCsv csv = new ReportingPointCsv(Fixtures.seeded().referenceCodes());

    private ParsedCsv parse(String text) {
        return csv.parse(text, existing, TODAY);
    }

    @Test
    void exportThenImportGivesBackTheSamePoints() {
        String exported = ReportingPointCsv.write(existing);

        ParsedCsv reimported = parse(exported);

        assertThat(reimported.errors()).isEmpty();
        assertThat(reimported.points()).containsExactlyElementsOf(existing);
        assertThat(exported).as("RFC 4180: CRLF line ends").startsWith(HEADER.replace("\n", "\r\n"))
                .contains("Zorgcoördinator mensenhandel Zeeland");
    }

    @Test
    void aCleanFileYieldsItsPoints() {
        ParsedCsv parsed = parse(HEADER + GOOD);

        assertThat(parsed.ok()).isTrue();
        ReportingPointData point = parsed.points().get(0);
        assertThat(point.name()).isEqualTo("Meldpunt Mensenhandel Test");
        assertThat(point.areas()).containsExactly("VR13");
        assertThat(point.handlesAllForms()).isTrue();
        assertThat(point.anonymousPossible()).isTrue();
        assertThat(point.verifiedOn()).isNull();
    }

    @Test
    void rejectsEachKindOfBadLineWithItsLineNumberAndImportsNothing() {
        String file = HEADER                                                                          // 1
                + GOOD                                                                                // 2
                + GOOD.replace("REGION,VR13", "MUNICIPALITY,GM9999").replace("Test", "A")            // 3
                + GOOD.replace("ALL", "SEXUAL|SLAVERY").replace("Test", "B")                          // 4
                + GOOD.replace("088-2220500", "088-222050").replace("Test", "C")                      // 5
                + GOOD.replace("https://example.org/bron", "").replace("Test", "D")                   // 6
                + GOOD                                                                                // 7
                + ",Politie,REPORT,NATIONAL,,ALL,,,,,,,,,,https://example.org,,CONFIRMED,,\n"        // 8
                + GOOD.replace("REGION,VR13", "PROVINCE,PV99").replace("Test", "E")                   // 9
                + GOOD.replace("VR13", "VR31").replace("Test", "F");                                  // 10

        ParsedCsv parsed = parse(file);

        assertThat(parsed.points()).isEmpty();
        assertThat(parsed.errors()).extracting(CsvError::line, e -> e.message().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "points.error.unknownMunicipality"),
                org.assertj.core.groups.Tuple.tuple(4L, "points.error.unknownForm"),
                org.assertj.core.groups.Tuple.tuple(5L, "points.error.malformedPhone"),
                org.assertj.core.groups.Tuple.tuple(6L, "points.error.sourceRequired"),
                org.assertj.core.groups.Tuple.tuple(7L, "csv.error.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(8L, "csv.error.duplicateExisting"),
                org.assertj.core.groups.Tuple.tuple(9L, "points.error.unknownProvince"),
                org.assertj.core.groups.Tuple.tuple(10L, "points.error.unknownRegion"));
        assertThat(parsed.errors().get(1).message()).isEqualTo(Message.of("points.error.unknownForm", "SLAVERY",
                "ALL, SEXUAL, LABOUR, CRIMINAL, ORGAN_REMOVAL"));
        assertThat(parsed.errors().get(4).message()).isEqualTo(
                Message.of("csv.error.duplicateInFile", "Meldpunt Mensenhandel Test", "REGION", 2L));
    }

    @Test
    void lineNumbersCountThePhysicalLinesOfMultiLineCells() {
        String multiLine = GOOD.replace(",CONFIRMED,,\n", ",CONFIRMED,,\"first line\nsecond line\"\n");
        String file = HEADER + multiLine + GOOD.replace("088-2220500", "12345").replace("Test", "X");

        assertThat(parse(file).errors()).extracting(CsvError::line, CsvError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "phone"));
    }

    @Test
    void updatesAreRecognisedByIdAndUnknownIdsRefused() {
        ReportingPointData politie = existing.stream().filter(p -> p.name().equals("Politie")).findFirst().orElseThrow();
        String renamedPhone = ReportingPointCsv.write(List.of(politie)).replace("0900-8844", "0900-8845");

        assertThat(parse(renamedPhone).points()).singleElement()
                .satisfies(p -> assertThat(p.contact().phone()).isEqualTo("0900-8845"));
        assertThat(parse(HEADER + "999" + GOOD).errors()).extracting(e -> e.message().key())
                .containsExactly("csv.error.unknownId");
    }

    @Test
    void aRoutingKeyBelongsToOnePoint() {
        String stealsPoliceKey = HEADER + GOOD.replace(",CONFIRMED,,\n", ",CONFIRMED,POLICE,\n");

        assertThat(parse(stealsPoliceKey).errors()).extracting(CsvError::line, e -> e.message().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "points.error.routingKeyTaken"));
    }

    @Test
    void readsWhatADutchSpreadsheetWrites() {
        String semicolons = "\uFEFF" + (HEADER + GOOD).replace(",", ";").replace("\n", "\r\n");

        ParsedCsv parsed = parse(semicolons);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.points()).extracting(ReportingPointData::name).containsExactly("Meldpunt Mensenhandel Test");
    }

    @Test
    void namesUnreadableValuesAndTheAllowedOnes() {
        String file = HEADER + GOOD.replace("REPORT,REGION", "MELDPUNT,REGION").replace(",yes,", ",misschien,");

        assertThat(parse(file).errors()).extracting(CsvError::column, CsvError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kind", Message.of("csv.error.unknownValue", "MELDPUNT",
                        "EMERGENCY, REPORT, ANONYMOUS_REPORT, ADVICE, REGISTRATION, VICTIM_CARE, KNOWLEDGE")),
                org.assertj.core.groups.Tuple.tuple("anonymous_possible", Message.of("csv.error.unknownValue", "misschien", "yes, no")));
    }

    @Test
    void refusesAFileWithoutTheDocumentedColumns() {
        assertThat(parse("naam,telefoon\nX,112\n").errors()).extracting(CsvError::line, e -> e.message().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "csv.error.missingColumns"),
                        org.assertj.core.groups.Tuple.tuple(1L, "csv.error.unknownColumns"));
    }
}
