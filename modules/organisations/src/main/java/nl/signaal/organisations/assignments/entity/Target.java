package nl.signaal.organisations.assignments.entity;

/** Whom an assignment is for. */
public enum Target {
    /** every member of the organisation */
    ORGANISATION,
    /** the members of one department and of all its sub-departments */
    DEPARTMENT,
    /** the members whose sector is this one */
    SECTOR,
    /** the members whose job is this one (case and surrounding spaces ignored) */
    JOB
}
