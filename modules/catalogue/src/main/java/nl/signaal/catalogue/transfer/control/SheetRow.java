package nl.signaal.catalogue.transfer.control;

import java.util.Map;

/** One data line of a file: its line number as a spreadsheet shows it and its cells by column name. */
public record SheetRow(int line, Map<String, String> cells) {

    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
