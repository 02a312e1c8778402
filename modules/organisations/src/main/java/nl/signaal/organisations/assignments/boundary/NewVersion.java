package nl.signaal.organisations.assignments.boundary;

/**
 * An assigned course of which a version was published that the organisation's admins have not
 * decided about: must people who completed an earlier version take it again?
 *
 * @param courseTitle    as cached with the assignment
 * @param version        the newest published version
 * @param minimumVersion the version from which completions count now
 */
public record NewVersion(long courseId, String courseTitle, int version, int minimumVersion) {
}
