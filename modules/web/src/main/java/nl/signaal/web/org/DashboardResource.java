package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.Dashboard;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.MemberStatus;
import nl.signaal.organisations.directory.boundary.OrganisationDirectory;
import nl.signaal.organisations.directory.boundary.OrganisationSummary;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/org/dashboard}: the caller's organisation's dashboard — figures as JSON, the whole
 * report as JSON, and downloads of it as CSV, XLSX and PDF (one path each, like the download links
 * on the page); {@code lang=nl|en} chooses the language of a download, else Accept-Language does.
 * The role and the organisation are checked by {@link Dashboard} (the service), not here alone.
 */
@Path("v1/org/dashboard")
@RolesAllowed(Role.ORG_ADMIN)
@Tag(name = "Organisation dashboard")
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @Inject
    OrganisationDirectory directory;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completion per department and course, overdue and due soon (groups under 5 merged)")
    public DashboardFigures figures() {
        return dashboard.figures();
    }

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything on the dashboard: completion, signals missed most (groups under 5 withheld), "
            + "certificates expiring within 90 days, completions per month")
    public DashboardReport report() {
        return dashboard.report();
    }

    @GET
    @Path("members/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drill-down: one member's courses, due dates, completions and certificates (never answers); "
            + "404 for an id outside your organisation")
    public MemberStatus member(@PathParam("id") long id) {
        return dashboard.member(id);
    }

    @GET
    @Path("csv")
    @Operation(summary = "The completion figures as CSV (text/csv whatever the Accept header: it is a download link)")
    public Response csv(@QueryParam("lang") String lang) {
        DashboardFigures figures = dashboard.figures();
        return download(DashboardCsv.write(figures, locale(lang)), "text/csv; charset=UTF-8", "dashboard-" + figures.date() + ".csv");
    }

    @GET
    @Path("xlsx")
    @Operation(summary = "The whole dashboard as an Excel workbook, one sheet per section")
    public Response xlsx(@QueryParam("lang") String lang) {
        DashboardReport report = dashboard.report();
        return download(DashboardXlsx.write(report, new DashboardTexts(locale(lang))), DashboardXlsx.CONTENT_TYPE,
                "dashboard-" + report.completion().date() + ".xlsx");
    }

    @GET
    @Path("pdf")
    @Operation(summary = "The whole dashboard as an A4 PDF report")
    public Response pdf(@QueryParam("lang") String lang) {
        DashboardReport report = dashboard.report();
        String name = caller.current().flatMap(c -> c.organisation()).flatMap(directory::findByCode)
                .map(OrganisationSummary::name).orElse("");
        return download(DashboardPdf.write(report, new DashboardTexts(locale(lang)), name), DashboardPdf.CONTENT_TYPE,
                "dashboard-" + report.completion().date() + ".pdf");
    }

    private static Response download(Object body, String contentType, String filename) {
        return Response.ok(body, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code lang} when given, else English only for a client that asks for English and not Dutch. */
    private Locale locale(String lang) {
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("nl".equals(lang)) {
            return Locale.forLanguageTag("nl");
        }
        var accepted = headers.getAcceptableLanguages();
        return accepted.stream().anyMatch(l -> "en".equals(l.getLanguage()))
                && accepted.stream().noneMatch(l -> "nl".equals(l.getLanguage())) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }
}
