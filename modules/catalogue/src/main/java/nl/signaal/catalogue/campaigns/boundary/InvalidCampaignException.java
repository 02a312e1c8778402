package nl.signaal.catalogue.campaigns.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.signaal.catalogue.shared.Violation;

/** The campaign was not saved: each violation names the field and what is wrong with it. */
@ApplicationException(rollback = true)
public class InvalidCampaignException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidCampaignException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
