package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import nl.signaal.organisations.departments.boundary.Departments;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/org/departments}: the caller's organisation's department tree. */
@Path("v1/org/departments")
@RolesAllowed(Role.ORG_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation departments")
public class DepartmentsResource {

    /** The JSON body of {@code POST} and {@code PUT}; {@code parentId} only for {@code POST}. */
    public static class DepartmentRequest {
        public Long parentId;
        public String name;
    }

    @Inject
    Departments departments;

    @GET
    @Operation(summary = "All departments, depth-first, with their paths")
    public List<DepartmentView> tree() {
        return departments.tree();
    }

    @GET
    @Path("{id}")
    public DepartmentView find(@PathParam("id") long id) {
        return departments.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DepartmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(departments.create(request.parentId, request.name)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a department")
    public DepartmentView rename(@PathParam("id") long id, DepartmentRequest request) {
        return departments.rename(id, request.name);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an empty department")
    public Response remove(@PathParam("id") long id) {
        departments.remove(id);
        return Response.noContent().build();
    }
}
