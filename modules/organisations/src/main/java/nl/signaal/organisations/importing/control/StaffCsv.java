package nl.signaal.organisations.importing.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff file: UTF-8 (with or without byte order mark), separated by {@code ;} (what a
 * Dutch Excel writes) or {@code ,}, with a header line naming the columns in Dutch or English:
 *
 * <pre>
 * voornaam;achternaam;e-mail;afdeling;sector;functie
 * Anna;de Vries;anna@zorg.example;Zorg/Verpleging;HEALTHCARE;verpleegkundige
 * </pre>
 *
 * Required columns: first name, last name, e-mail. Department (a path, levels separated by
 * {@code /}), sector (a {@code Sector} code) and job are optional. Problems are reported with
 * the spreadsheet's line numbers; nothing here looks anything up.
 */
public final class StaffCsv {

    /** The most lines one file may hold; larger organisations import in parts. */
    public static final int MAX_ROWS = 5000;
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    enum Column { FIRST_NAME, LAST_NAME, EMAIL, DEPARTMENT, SECTOR, JOB }

    private static final Map<String, Column> NAMES = Map.ofEntries(
            Map.entry("voornaam", Column.FIRST_NAME), Map.entry("first_name", Column.FIRST_NAME),
            Map.entry("firstname", Column.FIRST_NAME), Map.entry("first name", Column.FIRST_NAME),
            Map.entry("achternaam", Column.LAST_NAME), Map.entry("last_name", Column.LAST_NAME),
            Map.entry("lastname", Column.LAST_NAME), Map.entry("last name", Column.LAST_NAME),
            Map.entry("e-mail", Column.EMAIL), Map.entry("email", Column.EMAIL), Map.entry("e-mailadres", Column.EMAIL),
            Map.entry("afdeling", Column.DEPARTMENT), Map.entry("department", Column.DEPARTMENT),
            Map.entry("sector", Column.SECTOR),
            Map.entry("functie", Column.JOB), Map.entry("job", Column.JOB));

    private static final Set<Column> REQUIRED = Set.of(Column.FIRST_NAME, Column.LAST_NAME, Column.EMAIL);

    /** The rows, or the problems that kept the file from being read. */
    public record Parsed(List<StaffRow> rows, List<ImportProblem> problems) {
    }

    private StaffCsv() {
    }

    public static Parsed parse(byte[] content) {
        if (content == null || content.length == 0) {
            return problem(ImportProblem.of(0, "org.import.error.empty"));
        }
        if (content.length > MAX_BYTES) {
            return problem(ImportProblem.of(0, "org.import.error.toolarge", MAX_BYTES / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return problem(ImportProblem.of(0, "org.import.error.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            return read(parser, text);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return problem(ImportProblem.of(0, "org.import.error.unreadable"));
        }
    }

    private static Parsed read(CSVParser parser, String text) {
        List<ImportProblem> problems = new ArrayList<>();
        List<StaffRow> rows = new ArrayList<>();
        Map<Column, Integer> columns = new HashMap<>();
        boolean header = true;
        int position = 0;
        int line = 1;
        for (CSVRecord record : parser) {
            // the line where the record starts, as a spreadsheet numbers it (blank lines count)
            int start = (int) record.getCharacterPosition();
            for (; position < start; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                continue; // a blank line: counted, not read
            }
            if (header) {
                header = false;
                for (int i = 0; i < record.size(); i++) {
                    Column c = NAMES.get(record.get(i).strip().toLowerCase(Locale.ROOT));
                    if (c != null) {
                        columns.putIfAbsent(c, i);
                    }
                }
                for (Column c : Column.values()) {
                    if (REQUIRED.contains(c) && !columns.containsKey(c)) {
                        problems.add(ImportProblem.of(1, "org.import.error.header.missing", c.name().toLowerCase(Locale.ROOT)));
                    }
                }
                if (!problems.isEmpty()) {
                    return new Parsed(List.of(), problems);
                }
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                return problem(ImportProblem.of(0, "org.import.error.toomany", MAX_ROWS));
            }
            rows.add(new StaffRow(line, value(record, columns, Column.FIRST_NAME), value(record, columns, Column.LAST_NAME),
                    value(record, columns, Column.EMAIL), value(record, columns, Column.DEPARTMENT),
                    value(record, columns, Column.SECTOR), value(record, columns, Column.JOB)));
        }
        if (header) {
            return problem(ImportProblem.of(0, "org.import.error.empty"));
        }
        if (rows.isEmpty()) {
            return problem(ImportProblem.of(0, "org.import.error.norows"));
        }
        return new Parsed(rows, List.of());
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).strip();
    }

    private static Parsed problem(ImportProblem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
