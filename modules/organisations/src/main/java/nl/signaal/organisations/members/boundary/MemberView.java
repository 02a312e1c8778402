package nl.signaal.organisations.members.boundary;

import java.time.OffsetDateTime;

/**
 * A member as the org admin sees them.
 *
 * @param department the department's path, empty when none
 * @param sector     a {@code Sector} name or null
 */
public record MemberView(long id, String firstName, String lastName, String email, Long departmentId,
                         String department, String sector, String job, boolean active,
                         OffsetDateTime deactivatedAt, String deactivatedBy) {

    public String name() {
        return firstName + " " + lastName;
    }
}
