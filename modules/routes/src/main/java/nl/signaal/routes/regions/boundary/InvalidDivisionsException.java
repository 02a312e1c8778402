package nl.signaal.routes.regions.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.signaal.routes.points.boundary.Violation;

/** A municipality change that breaks a rule; carries every violation, by field. Nothing was written. */
@ApplicationException(rollback = true)
public class InvalidDivisionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidDivisionsException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message().key()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
