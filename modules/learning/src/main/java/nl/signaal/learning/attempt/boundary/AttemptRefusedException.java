package nl.signaal.learning.attempt.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The attempt cannot do what was asked; nothing was recorded. The web shows the reason
 * ({@code attempt.refused.<REASON>} in the learning bundle) and reloads the attempt, which
 * is the usual fix for a stale page.
 */
@ApplicationException(rollback = true)
public class AttemptRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** The attempt is finished; answers are no longer taken. */
        NOT_IN_PROGRESS,
        /** The course version has no such item or lesson. */
        UNKNOWN_ITEM,
        UNKNOWN_LESSON,
        /** The answer is of another kind than the item (e.g. an ordering for a single choice). */
        WRONG_ANSWER_KIND,
        /** The answer names options, sentences, steps or signals the item does not have, or misses some. */
        UNKNOWN_OPTION,
        /** The scenario is not at that node (a stale page or a second tab). */
        NOT_AT_NODE,
        UNKNOWN_CHOICE,
        /** The item already has an answer under another answer id. */
        ALREADY_ANSWERED,
        /** Finishing needs every lesson seen and every item answered. */
        LESSONS_NOT_SEEN,
        QUIZ_NOT_DONE,
        /** The course's retake policy allows no new attempt. */
        RETAKE_NOT_ALLOWED,
        /** No published version of that course exists (or it is not visible to the caller). */
        NO_SUCH_COURSE
    }

    private final Reason reason;

    public AttemptRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
