package nl.signaal.routes.resolver.boundary;

/** Who has the signal: someone reporting from their work, or a private person. */
public enum Reporter {
    PROFESSIONAL,
    CITIZEN
}
