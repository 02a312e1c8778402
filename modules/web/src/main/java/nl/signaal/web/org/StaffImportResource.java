package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import nl.signaal.organisations.importing.boundary.ImportOutcome;
import nl.signaal.organisations.importing.boundary.StaffImport;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/org/staff-import}: a staff CSV file as the body ({@code text/csv});
 * 200 with the outcome when imported, 422 with line-numbered problems when nobody was.
 */
@Path("v1/org/staff-import")
@RolesAllowed(Role.ORG_ADMIN)
@Tag(name = "Organisation staff")
public class StaffImportResource {

    @Inject
    StaffImport staffImport;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import staff, all or nothing")
    public Response importCsv(InputStream body) throws IOException {
        ImportOutcome outcome = staffImport.importCsv(body.readNBytes(StaffImport.MAX_BYTES + 1));
        return Response.status(outcome.imported() ? 200 : 422).entity(outcome).build();
    }
}
