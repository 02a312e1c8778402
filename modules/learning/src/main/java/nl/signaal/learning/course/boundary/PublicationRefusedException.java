package nl.signaal.learning.course.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.signaal.learning.shared.Problem;

/** Publishing was refused; nothing changed. The problems name the node, lesson or item concerned. */
@ApplicationException(rollback = true)
public class PublicationRefusedException extends RuntimeException {

    private final transient List<Problem> problems;

    public PublicationRefusedException(List<Problem> problems) {
        super("Cannot publish: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
