package nl.signaal.routes.importing.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.importing.boundary.CsvError;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.Contact;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.RoutingKey;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.points.control.ReferenceCodes;
import nl.signaal.routes.points.control.ReportingPointValidator;
import nl.signaal.routes.shared.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes reporting points as CSV (UTF-8, header row, comma- or
 * semicolon-separated — Dutch spreadsheet programs write semicolons). Lists inside a cell
 * ({@code areas}, {@code forms}, {@code audiences}) are separated by {@code |}. Pure: the
 * caller supplies the known area codes, the points already stored and today's date.
 *
 * <pre>{@code
 * ParsedCsv parsed = new ReportingPointCsv(codes).parse(text, existingPoints, today);
 * if (!parsed.ok()) show(parsed.errors());   // each with line number and reason
 * }</pre>
 */
public final class ReportingPointCsv {

    /** The columns, in the order export writes them; the README documents each. */
    public static final List<String> COLUMNS = List.of("id", "name", "kind", "scope", "areas", "forms", "audiences",
            "phone", "phone_hours", "phone_abroad", "web", "email", "chat", "chat_hours", "anonymous_possible",
            "source_url", "verified_on", "confidence", "routing_key", "notes");

    static final String LIST_SEPARATOR = "|";
    static final String ALL_FORMS = "ALL";

    private final ReferenceCodes codes;

    public ReportingPointCsv(ReferenceCodes codes) {
        this.codes = codes;
    }

    /**
     * Parses and validates a whole file.
     *
     * @param text     the file's content (a leading byte-order mark is ignored)
     * @param existing the points already stored, to find duplicates and the ids to update
     * @param today    for "verified on" dates in the future
     */
    public ParsedCsv parse(String text, Collection<ReportingPointData> existing, LocalDate today) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineIndex lines = new LineIndex(content);
        List<CsvError> errors = new ArrayList<>();
        List<ReportingPointData> points = new ArrayList<>();
        List<Long> pointLines = new ArrayList<>();
        ReportingPointValidator validator = new ReportingPointValidator(codes);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiterOf(content))
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(content))) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new CsvError(1, null, Message.of("csv.error.missingColumns", String.join(", ", missing))));
            }
            if (!unknown.isEmpty()) {
                errors.add(new CsvError(1, null, Message.of("csv.error.unknownColumns", String.join(", ", unknown))));
            }
            if (!errors.isEmpty()) {
                return new ParsedCsv(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    errors.add(new CsvError(line, null, Message.of("csv.error.wrongNumberOfFields", record.size(), COLUMNS.size())));
                    continue;
                }
                RowReader row = new RowReader(record, line);
                ReportingPointData point = row.read();
                Set<String> unreadable = row.errors.stream().map(CsvError::column).collect(Collectors.toSet());
                for (Violation v : validator.validate(point, today)) {
                    if (!unreadable.contains(v.field())) {
                        row.errors.add(new CsvError(line, v.field(), v.message()));
                    }
                }
                errors.addAll(row.errors);
                if (row.errors.isEmpty()) {
                    points.add(point);
                    pointLines.add(line);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports malformed quoting as an exception naming the position
            errors.add(new CsvError(lines.lineCount(), null, Message.of("csv.error.unreadable", String.valueOf(e.getMessage()))));
        }
        errors.addAll(duplicates(points, pointLines, existing));
        errors.sort(java.util.Comparator.comparingLong(CsvError::line));
        return errors.isEmpty() ? new ParsedCsv(points, List.of()) : new ParsedCsv(List.of(), errors);
    }

    /** Writes points with the header, comma-separated, in the order given. */
    public static String write(Collection<ReportingPointData> points) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ReportingPointData p : points) {
                Contact c = p.contact();
                printer.printRecord(
                        p.id() == null ? "" : p.id().toString(), p.name(), p.kind(), p.scope(),
                        String.join(LIST_SEPARATOR, p.areas()),
                        p.handlesAllForms() ? ALL_FORMS : join(p.forms()),
                        join(p.audiences()),
                        blank(c.phone()), blank(c.phoneHours()), blank(c.phoneAbroad()), blank(c.web()), blank(c.email()),
                        blank(c.chat()), blank(c.chatHours()),
                        p.anonymousPossible() == null ? "" : p.anonymousPossible() ? "yes" : "no",
                        p.sourceUrl(), p.verifiedOn() == null ? "" : p.verifiedOn().toString(), p.confidence(),
                        p.routingKey() == null ? "" : p.routingKey().name(), blank(p.notes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<CsvError> duplicates(List<ReportingPointData> points, List<Long> pointLines,
                                             Collection<ReportingPointData> existing) {
        List<CsvError> errors = new ArrayList<>();
        Map<Long, ReportingPointData> existingById = new HashMap<>();
        Map<String, ReportingPointData> existingByNameScope = new HashMap<>();
        Map<RoutingKey, ReportingPointData> existingByKey = new HashMap<>();
        for (ReportingPointData e : existing) {
            existingById.put(e.id(), e);
            existingByNameScope.put(e.nameScopeKey(), e);
            if (e.routingKey() != null) {
                existingByKey.put(e.routingKey(), e);
            }
        }
        Map<String, Long> nameScopeLines = new HashMap<>();
        Map<Long, Long> idLines = new HashMap<>();
        Map<RoutingKey, Long> keyLines = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            ReportingPointData p = points.get(i);
            long line = pointLines.get(i);
            Long first = nameScopeLines.putIfAbsent(p.nameScopeKey(), line);
            if (first != null) {
                errors.add(new CsvError(line, "name", Message.of("csv.error.duplicateInFile", p.name(), p.scope().name(), first)));
            }
            ReportingPointData same = existingByNameScope.get(p.nameScopeKey());
            if (same != null && !same.id().equals(p.id())) {
                errors.add(new CsvError(line, "name", Message.of("csv.error.duplicateExisting", p.name(), p.scope().name(), same.id())));
            }
            if (p.id() != null) {
                Long firstWithId = idLines.putIfAbsent(p.id(), line);
                if (firstWithId != null) {
                    errors.add(new CsvError(line, "id", Message.of("csv.error.duplicateId", p.id(), firstWithId)));
                } else if (!existingById.containsKey(p.id())) {
                    errors.add(new CsvError(line, "id", Message.of("csv.error.unknownId", p.id())));
                }
            }
            if (p.routingKey() != null) {
                Long firstWithKey = keyLines.putIfAbsent(p.routingKey(), line);
                ReportingPointData owner = existingByKey.get(p.routingKey());
                if (firstWithKey != null) {
                    errors.add(new CsvError(line, "routing_key", Message.of("csv.error.duplicateRoutingKey", p.routingKey().name(), firstWithKey)));
                } else if (owner != null && !owner.id().equals(p.id())) {
                    errors.add(new CsvError(line, "routing_key", Message.of("points.error.routingKeyTaken", p.routingKey().name(), owner.name())));
                }
            }
        }
        return errors;
    }

    private static char delimiterOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        return header.contains(";") && !header.contains(",") ? ';' : ',';
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** Reads one record's cells into a point, collecting an error per unreadable cell. */
    private static final class RowReader {
        private final CSVRecord record;
        private final long line;
        private final List<CsvError> errors = new ArrayList<>();

        RowReader(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        ReportingPointData read() {
            Long id = id();
            PointKind kind = one("kind", PointKind.class);
            PointScope scope = one("scope", PointScope.class);
            Set<String> areas = list("areas").stream().map(a -> a.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
            Set<FormOfExploitation> forms = forms();
            Set<Audience> audiences = many("audiences", Audience.class);
            Contact contact = new Contact(text("phone"), text("phone_hours"), text("phone_abroad"), text("web"), text("email"),
                    text("chat"), text("chat_hours"));
            Boolean anonymous = yesNo("anonymous_possible");
            LocalDate verifiedOn = date("verified_on");
            Confidence confidence = one("confidence", Confidence.class);
            RoutingKey routingKey = one("routing_key", RoutingKey.class);
            return new ReportingPointData(id, text("name"), routingKey, kind, scope, areas, forms, audiences, contact, anonymous,
                    text("source_url"), verifiedOn, confidence, text("notes"));
        }

        private String text(String column) {
            String value = record.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split("\\" + LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private Long id() {
            String value = text("id");
            if (value == null) {
                return null;
            }
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                errors.add(new CsvError(line, "id", Message.of("csv.error.malformedId", value)));
                return null;
            }
        }

        private <E extends Enum<E>> E one(String column, Class<E> type) {
            String value = text(column);
            return value == null ? null : parse(column, type, value);
        }

        private <E extends Enum<E>> Set<E> many(String column, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            for (String value : list(column)) {
                E parsed = parse(column, type, value);
                if (parsed != null) {
                    values.add(parsed);
                }
            }
            return values;
        }

        private Set<FormOfExploitation> forms() {
            List<String> values = list("forms");
            if (values.size() == 1 && values.get(0).equalsIgnoreCase(ALL_FORMS)) {
                return EnumSet.allOf(FormOfExploitation.class);
            }
            Set<FormOfExploitation> forms = EnumSet.noneOf(FormOfExploitation.class);
            for (String value : values) {
                try {
                    forms.add(FormOfExploitation.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new CsvError(line, "forms", Message.of("points.error.unknownForm", value,
                            ALL_FORMS + ", " + allowed(FormOfExploitation.class))));
                }
            }
            return forms;
        }

        private <E extends Enum<E>> E parse(String column, Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new CsvError(line, column, Message.of("csv.error.unknownValue", value, allowed(type))));
                return null;
            }
        }

        private Boolean yesNo(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "ja", "true" -> Boolean.TRUE;
                case "no", "nee", "false" -> Boolean.FALSE;
                default -> {
                    errors.add(new CsvError(line, column, Message.of("csv.error.unknownValue", value, "yes, no")));
                    yield null;
                }
            };
        }

        private LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new CsvError(line, column, Message.of("csv.error.malformedDate", value)));
                return null;
            }
        }

        private static <E extends Enum<E>> String allowed(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    /** Maps a character offset in the file to its 1-based line number. */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String content) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long offset) {
            int index = Arrays.binarySearch(lineStarts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1L;
        }

        long lineCount() {
            return lineStarts.length;
        }
    }
}
