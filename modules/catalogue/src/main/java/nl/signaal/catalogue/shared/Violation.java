package nl.signaal.catalogue.shared;

/**
 * One thing wrong with a value the caller gave, for the form field (or import column) it concerns.
 *
 * @param field   the field / column name, e.g. {@code title}, {@code start_year}
 * @param message what is wrong
 */
public record Violation(String field, Message message) {
}
