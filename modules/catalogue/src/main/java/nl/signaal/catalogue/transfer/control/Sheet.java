package nl.signaal.catalogue.transfer.control;

import java.util.List;

/** A file read into its header and rows, before any value is interpreted. */
public record Sheet(List<String> header, List<SheetRow> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
