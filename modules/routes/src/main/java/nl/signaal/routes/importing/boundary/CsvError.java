package nl.signaal.routes.importing.boundary;

import nl.signaal.routes.shared.Message;

/**
 * One reason a CSV file was refused.
 *
 * @param line    the file's line number where the offending record starts (the header is line 1)
 * @param column  the column concerned, or null when the whole line is
 * @param message what is wrong, as a bundle key with arguments
 */
public record CsvError(long line, String column, Message message) {
}
