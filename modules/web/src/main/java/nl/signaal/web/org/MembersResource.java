package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.signaal.organisations.members.boundary.AddedMember;
import nl.signaal.organisations.members.boundary.MemberView;
import nl.signaal.organisations.members.boundary.Members;
import nl.signaal.organisations.members.boundary.NewMember;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/org/members}: the caller's organisation's staff, for org admins and HR
 * systems. Ids of other organisations answer 404, exactly like ids that do not exist.
 */
@Path("v1/org/members")
@RolesAllowed(Role.ORG_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation staff")
public class MembersResource {

    /** The JSON body of {@code POST}; department, sector and job optional. */
    public static class NewMemberRequest {
        public String firstName;
        public String lastName;
        public String email;
        public Long departmentId;
        public Sector sector;
        public String job;
    }

    @Inject
    Members members;

    @GET
    @Operation(summary = "Staff of your organisation, optionally of one department")
    public List<MemberView> list(@QueryParam("department") Long department,
                                 @QueryParam("inactive") @DefaultValue("false") boolean inactive) {
        return members.list(department, inactive);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    public MemberView find(@PathParam("id") long id) {
        return members.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff member: creates the Keycloak account (role learner) and sends the invitation")
    public Response add(NewMemberRequest request) {
        AddedMember added = members.add(new NewMember(request.firstName, request.lastName, request.email,
                request.departmentId, request.sector, request.job));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a staff member: no more sign-in, history kept")
    public MemberView deactivate(@PathParam("id") long id) {
        return members.deactivate(id);
    }
}
