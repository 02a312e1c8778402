package nl.signaal.organisations.dashboard.boundary;

/**
 * One group × course of the dashboard. The figures are null when withheld because the group
 * is smaller than five people (privacy); {@code department} is the path for a department row,
 * empty otherwise.
 */
public record DashboardRow(GroupKind kind, Long departmentId, String department, long courseId, String courseTitle,
                           Integer members, Integer completed, Integer percent, Integer overdue, Integer dueSoon) {

    public boolean withheld() {
        return members == null;
    }
}
