package nl.signaal.routes.importing.boundary;

import java.util.List;

/**
 * The result of an import: either the errors (and nothing was written) or the counts of
 * points created and updated.
 */
public record ImportOutcome(List<CsvError> errors, int created, int updated) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    public static ImportOutcome refused(List<CsvError> errors) {
        return new ImportOutcome(errors, 0, 0);
    }

    public boolean imported() {
        return errors.isEmpty();
    }
}
