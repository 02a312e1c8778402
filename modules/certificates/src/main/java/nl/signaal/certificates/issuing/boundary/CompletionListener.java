package nl.signaal.certificates.issuing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.platform.events.CourseCompleted;

/**
 * Hears that a learner completed a course, after learning's transaction committed (never for
 * a completion that rolled back), and has the certificate issued in a new transaction. A
 * failure is logged, not thrown: the learner's completion stands, and a repeated event (or a
 * later re-send by learning) issues the certificate then.
 */
@ApplicationScoped
public class CompletionListener {

    private static final Logger LOG = Logger.getLogger(CompletionListener.class.getName());

    @Inject
    CertificateIssuer issuer;

    public void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        try {
            issuer.issue(completed).ifPresent(id -> LOG.fine(() -> "Certificate " + id + " issued for completion "
                    + completed.completionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No certificate issued for completion " + completed.completionId(), e);
        }
    }
}
