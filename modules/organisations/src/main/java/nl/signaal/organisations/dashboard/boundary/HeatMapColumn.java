package nl.signaal.organisations.dashboard.boundary;

/**
 * A column of the signals heat map: one department ({@code department} is its path), the members
 * without a department, or the whole organisation ({@link GroupKind#TOTAL}, always last).
 */
public record HeatMapColumn(GroupKind kind, Long departmentId, String department) {
}
