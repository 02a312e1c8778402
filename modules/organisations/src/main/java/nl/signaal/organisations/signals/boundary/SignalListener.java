package nl.signaal.organisations.signals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.organisations.signals.control.SignalRecorder;
import nl.signaal.platform.events.SignalsJudged;

/**
 * Hears judged signals only after learning's transaction committed (an answer that rolled back
 * never counts) and stores them in a transaction of its own. A failure is logged, not thrown:
 * the learner's answer stands in learning either way.
 */
@ApplicationScoped
public class SignalListener {

    private static final Logger LOG = Logger.getLogger(SignalListener.class.getName());

    @Inject
    SignalRecorder recorder;

    public void judged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalsJudged judged) {
        try {
            recorder.record(judged);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Signals of answer " + judged.answerEventId() + " not recorded for organisation "
                    + judged.organisationCode(), e);
        }
    }
}
