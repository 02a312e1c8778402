package nl.signaal.organisations.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    private static StaffCsv.Parsed parse(String text) {
        return StaffCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsADutchExcelFileWithSemicolonsAndByteOrderMark() {
        StaffCsv.Parsed parsed = parse("\uFEFFvoornaam;achternaam;e-mail;afdeling;sector;functie\r\n"
                + "Anna;de Vries;anna@zorg.example;Zorg/Verpleging;HEALTHCARE;verpleegkundige\r\n"
                + "Łukasz;Żółć;lukasz@zorg.example;;;\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new StaffRow(2, "Anna", "de Vries", "anna@zorg.example", "Zorg/Verpleging", "HEALTHCARE", "verpleegkundige"),
                new StaffRow(3, "Łukasz", "Żółć", "lukasz@zorg.example", "", "", ""));
    }

    @Test
    void readsEnglishHeadersWithCommasInAnyOrderAndQuotedFields() {
        StaffCsv.Parsed parsed = parse("email,last_name,first_name,job\n"
                + "piet@x.example,\"Jansen, van\",Piet,\"kok; nacht\"\n");

        assertThat(parsed.rows()).containsExactly(
                new StaffRow(2, "Piet", "Jansen, van", "piet@x.example", "", "", "kok; nacht"));
    }

    @Test
    void lineNumbersAreTheSpreadsheetsEvenAfterBlankLines() {
        StaffCsv.Parsed parsed = parse("voornaam;achternaam;e-mail\n\nA;B;a@b.example\n\n\nC;D;c@d.example");

        assertThat(parsed.rows()).extracting(StaffRow::line).containsExactly(3, 6);
    }

    @Test
    void aMissingRequiredColumnIsReportedOnLineOne() {
        StaffCsv.Parsed parsed = parse("voornaam;afdeling\nAnna;Zorg\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                ImportProblem.of(1, "org.import.error.header.missing", "last_name"),
                ImportProblem.of(1, "org.import.error.header.missing", "email"));
    }

    @Test
    void emptyHeaderOnlyNonUtf8AndOversizedFilesAreRefusedAsAWhole() {
        assertThat(StaffCsv.parse(new byte[0]).problems()).extracting(ImportProblem::key).containsExactly("org.import.error.empty");
        assertThat(parse("voornaam;achternaam;e-mail\n").problems()).extracting(ImportProblem::key)
                .containsExactly("org.import.error.norows");
        byte[] latin1 = "voornaam;achternaam;e-mail\nJos\u00e9;X;j@x.example\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(StaffCsv.parse(latin1).problems()).extracting(ImportProblem::key).containsExactly("org.import.error.encoding");
        assertThat(StaffCsv.parse(new byte[StaffCsv.MAX_BYTES + 1]).problems()).extracting(ImportProblem::key)
                .containsExactly("org.import.error.toolarge");
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder("voornaam;achternaam;e-mail\n");
        for (int i = 0; i <= StaffCsv.MAX_ROWS; i++) {
            csv.append("A;B;p").append(i).append("@x.example\n");
        }
        assertThat(parse(csv.toString()).problems()).extracting(ImportProblem::key).containsExactly("org.import.error.toomany");
    }
}
