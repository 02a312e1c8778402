package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.signaal.organisations.assignments.boundary.Assignments;
import nl.signaal.organisations.assignments.boundary.MyAssignment;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me/assignments}: the courses assigned to the caller, open ones first, with due dates. */
@Path("v1/me/assignments")
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My assignments")
public class MyAssignmentsResource {

    @Inject
    Assignments assignments;

    @GET
    @Operation(summary = "Assignments that apply to me, with due dates and whether I am done")
    public List<MyAssignment> mine() {
        return assignments.mine();
    }
}
