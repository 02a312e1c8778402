package nl.signaal.learning.course.boundary;

/**
 * Whether a learner may start another attempt of a course.
 *
 * @param maxAttempts     attempts allowed in total, 0 = unlimited
 * @param retakeAfterPass whether someone who passed may take it again (e.g. to refresh)
 */
public record RetakePolicy(int maxAttempts, boolean retakeAfterPass) {

    public static final RetakePolicy UNLIMITED = new RetakePolicy(0, true);

    public RetakePolicy {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts is 0 (unlimited) or more");
        }
    }

    /**
     * @param finishedAttempts attempts of this course the learner finished (any version)
     * @param passedBefore     whether one of them passed
     */
    public boolean allowsNewAttempt(int finishedAttempts, boolean passedBefore) {
        if (passedBefore && !retakeAfterPass) {
            return false;
        }
        return maxAttempts == 0 || finishedAttempts < maxAttempts;
    }
}
