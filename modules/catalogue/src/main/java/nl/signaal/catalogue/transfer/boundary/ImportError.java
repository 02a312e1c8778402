package nl.signaal.catalogue.transfer.boundary;

import nl.signaal.catalogue.shared.Message;

/**
 * One reason a file was refused.
 *
 * @param line    the line (CSV) or row (XLSX) number as a spreadsheet shows it; the header is line 1
 * @param column  the column name as in the header, or empty when the whole line is concerned
 * @param message what is wrong
 */
public record ImportError(int line, String column, Message message) {
}
