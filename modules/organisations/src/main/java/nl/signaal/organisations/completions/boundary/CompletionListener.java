package nl.signaal.organisations.completions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.organisations.completions.control.CompletionRecorder;
import nl.signaal.platform.events.CourseCompleted;

/**
 * Hears completions after learning's transaction committed (never one that rolled back) and
 * stores them as facts of the learner's organisation, in a transaction of its own. A failure is
 * logged, not thrown: the learner's completion stands in learning either way.
 */
@ApplicationScoped
public class CompletionListener {

    private static final Logger LOG = Logger.getLogger(CompletionListener.class.getName());

    @Inject
    CompletionRecorder recorder;

    public void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        try {
            recorder.record(completed);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Completion " + completed.completionId() + " not recorded for organisation "
                    + completed.organisationCode(), e);
        }
    }
}
