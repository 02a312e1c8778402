package nl.signaal.learning.attempt.boundary;

/** Where an attempt is. Bundle keys {@code attempt.status.<NAME>}. */
public enum AttemptStatus {
    IN_PROGRESS,
    PASSED,
    FAILED;

    public boolean finished() {
        return this != IN_PROGRESS;
    }
}
