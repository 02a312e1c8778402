package nl.signaal.catalogue.transfer.boundary;

import java.util.List;

/**
 * Either the errors (and nothing was written) or the number of campaigns created.
 */
public record ImportOutcome(List<ImportError> errors, int created) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
