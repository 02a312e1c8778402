package nl.signaal.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A learner's answer judged one or more signals of trafficking: recognised them, or missed them.
 * Fired by the learning context for each newly recorded answer that names signals (never for a
 * repeated submission of the same answer); listeners that must not see an answer that rolled
 * back observe it {@code during = TransactionPhase.AFTER_SUCCESS}. The organisations context
 * turns it into its "signals missed most" figures, so it carries what those need and nothing of
 * the answer itself (no choice, no text, no score).
 *
 * @param answerEventId    learning's id of the recorded answer (for logs; listeners stay idempotent without it)
 * @param learnerSubject   the identity provider's stable user id
 * @param organisationCode the learner's organisation
 * @param courseId         the course
 * @param courseVersion    the version number being taken (1, 2, ...)
 * @param courseTitle      the title of that version, in Dutch
 * @param signals          the signals this answer judged; a signal both recognised and missed counts as missed
 * @param occurredAt       when the answer was given
 */
public record SignalsJudged(long answerEventId, String learnerSubject, String organisationCode, long courseId,
                            int courseVersion, String courseTitle, List<JudgedSignal> signals, Instant occurredAt) {

    /**
     * One signal as the course teaches it.
     *
     * @param signalId unique within the course, e.g. {@code zorg-niet-alleen}
     * @param labelNl  the signal in Dutch
     * @param labelEn  the signal in English (may be empty when untranslated)
     * @param missed   true when the learner missed it, false when they recognised it
     */
    public record JudgedSignal(String signalId, String labelNl, String labelEn, boolean missed) {

        public JudgedSignal {
            Objects.requireNonNull(signalId, "signalId");
            labelNl = labelNl == null ? signalId : labelNl;
            labelEn = labelEn == null ? "" : labelEn;
        }
    }

    public SignalsJudged {
        Objects.requireNonNull(learnerSubject, "learnerSubject");
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(occurredAt, "occurredAt");
        signals = List.copyOf(signals);
    }
}
