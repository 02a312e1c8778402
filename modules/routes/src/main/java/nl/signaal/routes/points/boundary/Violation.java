package nl.signaal.routes.points.boundary;

import nl.signaal.routes.shared.Message;

/**
 * One thing wrong with a reporting point, for the form field (or CSV column) it concerns.
 *
 * @param field   the field / CSV column name, e.g. {@code phone}, {@code areas}
 * @param message what is wrong, as a bundle key with arguments
 */
public record Violation(String field, Message message) {
}
