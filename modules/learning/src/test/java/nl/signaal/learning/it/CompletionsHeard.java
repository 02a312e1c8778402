package nl.signaal.learning.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.signaal.platform.events.CourseCompleted;

/** Listens like the certificates context does: after a successful commit only. */
@ApplicationScoped
public class CompletionsHeard {

    private final List<CourseCompleted> heard = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        heard.add(completed);
    }

    public List<CourseCompleted> heard() {
        return List.copyOf(heard);
    }
}
