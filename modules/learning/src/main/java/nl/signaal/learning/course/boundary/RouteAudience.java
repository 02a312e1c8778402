package nl.signaal.learning.course.boundary;

/**
 * Who the possible victim in a lesson or ending is; a minor changes the route (Meldpunt
 * Uitbuiting Minderjarigen). The reporter is always the learner, a professional.
 * Bundle keys {@code audience.<NAME>}.
 */
public enum RouteAudience {
    ADULT,
    MINOR
}
