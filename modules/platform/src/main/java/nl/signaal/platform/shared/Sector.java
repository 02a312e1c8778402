package nl.signaal.platform.shared;

/**
 * The working sectors Signaal teaches in. A learner's sector decides which courses come
 * first and which reporting route (e.g. the Meldcode for care and youth work) applies.
 * Resource bundles carry their names under {@code sector.<NAME>}.
 */
public enum Sector {
    HEALTHCARE,
    HOSPITALITY,
    TRANSPORT,
    AGRICULTURE,
    MUNICIPALITY,
    EDUCATION_YOUTH_CARE,
    FINANCE,
    HOUSING,
    LAW_ENFORCEMENT,
    OTHER;

    /** Sectors whose professionals work under the Wet verplichte meldcode huiselijk geweld en kindermishandeling. */
    public boolean fallsUnderMeldcode() {
        return this == HEALTHCARE || this == EDUCATION_YOUTH_CARE;
    }
}
