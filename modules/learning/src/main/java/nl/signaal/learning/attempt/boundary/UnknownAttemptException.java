package nl.signaal.learning.attempt.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller has no attempt with this id — whether it does not exist or belongs to someone
 * else is deliberately not told apart (the API answers 404 for both).
 */
@ApplicationException(rollback = true)
public class UnknownAttemptException extends RuntimeException {

    public UnknownAttemptException(long attemptId) {
        super("No such attempt of the caller: " + attemptId);
    }
}
