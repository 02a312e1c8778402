package nl.signaal.routes.points.boundary;

/** Whom a point serves. Bundle keys: {@code point.audience.<NAME>}. */
public enum Audience {
    CITIZENS,
    PROFESSIONALS,
    MINORS,
    VICTIMS
}
