package nl.signaal.web.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/org/certificates.zip}: every current certificate of the caller's
 * organisation, streamed — each PDF is rendered straight into the ZIP, so memory stays flat
 * and the first bytes leave at once.
 */
@Path("v1/org/certificates.zip")
@RolesAllowed(Role.ORG_ADMIN)
@Tag(name = "Certificates")
public class OrgCertificatesZipResource {

    @Inject
    Certificates certificates;

    @GET
    @Produces("application/zip")
    @Operation(summary = "All current certificates of your organisation as one ZIP (streamed)")
    public Response zip() {
        StreamingOutput body = certificates::writeZipOfMyOrganisation;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"certificaten.zip\"")
                .header("Cache-Control", "no-store").build();
    }
}
