package nl.signaal.organisations.dashboard.boundary;

/** What a dashboard row counts. */
public enum GroupKind {
    /** one department (its own members, not those of its sub-departments) */
    DEPARTMENT,
    /** members without a department */
    NO_DEPARTMENT,
    /** all groups of fewer than five people for this course, merged ("andere afdelingen (kleine groepen)") */
    SMALL_GROUPS,
    /** everyone the course is assigned to */
    TOTAL
}
