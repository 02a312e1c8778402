package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.Dashboard;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/org/dashboard}: the caller's organisation's dashboard figures, as JSON or as a CSV download. */
@Path("v1/org/dashboard")
@RolesAllowed(Role.ORG_ADMIN)
@Tag(name = "Organisation dashboard")
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completion per department and course, overdue and due soon (groups under 5 merged)")
    public DashboardFigures figures() {
        return dashboard.figures();
    }

    @GET
    @Path("csv")
    @Operation(summary = "The same figures as CSV (text/csv whatever the Accept header: it is a download link)")
    public Response csv() {
        DashboardFigures figures = dashboard.figures();
        var accepted = headers.getAcceptableLanguages();
        Locale locale = accepted.stream().anyMatch(l -> "en".equals(l.getLanguage()))
                && accepted.stream().noneMatch(l -> "nl".equals(l.getLanguage())) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return Response.ok(DashboardCsv.write(figures, locale), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"dashboard-" + figures.date() + ".csv\"")
                .build();
    }
}
