package nl.signaal.routes.points.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A save that was refused because the point breaks a rule; nothing was written. Rolls the
 * transaction back so that no audit entry of a refused change survives.
 */
@ApplicationException(rollback = true)
public class InvalidReportingPointException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidReportingPointException(List<Violation> violations) {
        super("Invalid reporting point: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
