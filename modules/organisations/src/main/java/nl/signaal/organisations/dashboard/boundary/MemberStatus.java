package nl.signaal.organisations.dashboard.boundary;

import java.util.List;

/**
 * One member's status as the org admin may see it: who they are, where they work, and per
 * course what is assigned, due, completed and until when the certificate holds — never their
 * answers or scores.
 */
public record MemberStatus(long memberId, String firstName, String lastName, String email, Long departmentId,
                           String department, String job, boolean active, List<CourseStatus> courses) {

    public MemberStatus {
        courses = List.copyOf(courses);
    }
}
