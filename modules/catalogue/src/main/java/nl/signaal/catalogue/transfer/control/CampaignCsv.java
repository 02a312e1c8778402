package nl.signaal.catalogue.transfer.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 with a header line, comma-separated, double quotes (RFC 4180). The export starts
 * with a byte-order mark so Excel shows "Zorgcoördinator" intact; the import ignores one.
 */
public final class CampaignCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CampaignCsv() {
    }

    public static Sheet read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                // the header is line 1; a quoted value spanning lines counts as one line
                rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
            }
            return new Sheet(header, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    public static byte[] write(List<CampaignData> campaigns) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CampaignColumns.ALL.toArray(String[]::new)).get())) {
            for (CampaignData c : campaigns) {
                printer.printRecord(CampaignRows.format(c).values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
