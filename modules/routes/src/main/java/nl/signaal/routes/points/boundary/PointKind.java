package nl.signaal.routes.points.boundary;

/**
 * What a point primarily does for someone with a signal. An organisation that does several
 * things is filed under the one a reporter needs it for. Bundle keys: {@code point.kind.<NAME>}.
 */
public enum PointKind {
    EMERGENCY,
    REPORT,
    ANONYMOUS_REPORT,
    ADVICE,
    REGISTRATION,
    VICTIM_CARE,
    KNOWLEDGE;

    /** A kenniscentrum: knowledge and analysis, not a place to report. */
    public boolean isKnowledgeCentre() {
        return this == KNOWLEDGE;
    }

    /** A meldpunt in the inventory's sense: somewhere a signal can be reported or discussed. */
    public boolean isMeldpunt() {
        return this == EMERGENCY || this == REPORT || this == ANONYMOUS_REPORT || this == ADVICE || this == REGISTRATION;
    }
}
