package nl.signaal.web.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.signaal.organisations.completions.boundary.CompletionExport;
import nl.signaal.organisations.completions.boundary.CompletionReader;
import nl.signaal.organisations.completions.boundary.CompletionRecord;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.api.InvalidParameterException;
import nl.signaal.web.security.BearerToken;
import nl.signaal.web.security.ServiceClient;
import nl.signaal.web.security.VerifiedClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/organisations/{id}/completions}: an organisation's completions for its HR
 * system, as JSON or CSV ({@code Accept}, or {@code ?format=json|csv} which wins). Only for a
 * machine client with an access token of the realm (client credentials, docs/adr/0008): the
 * {@link BearerToken} filter verifies it; a browser session is no substitute. {@code {id}} is the
 * organisation's code ({@code demo-zorg}), the same value the token's {@code organisation} claim
 * carries and every other place of the API knows organisations by.
 * <ul>
 * <li>no, bad, tampered or expired token: 401 with {@code WWW-Authenticate: Bearer};</li>
 * <li>a valid token without the realm role {@code completions-reader}: 403;</li>
 * <li>{@code {id}} is not the token's organisation, or no organisation has that code: 404 — the
 * same answer, so a client learns nothing about other organisations (as everywhere in this API,
 * an id outside your organisation is "not found").</li>
 * </ul>
 */
@Path("v1/organisations/{id}/completions")
@BearerToken
@Tag(name = "HR export")
@SecurityScheme(securitySchemeName = OrganisationCompletionsResource.SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the Signaal Keycloak realm, obtained with the OAuth 2 client credentials grant "
                + "(POST {keycloak}/realms/signaal/protocol/openid-connect/token, grant_type=client_credentials) by the "
                + "organisation's HR client (e.g. hr-demo-zorg). Its service account carries the realm role completions-reader "
                + "and the claim organisation=<code>. A browser session does not count.")
public class OrganisationCompletionsResource {

    static final String SCHEME = "hr-client";
    static final String CSV = "text/csv";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV)).build();
    private static final List<String> FORMATS = List.of("json", "csv");
    static final List<String> COLUMNS = List.of("member_id", "learner", "first_name", "last_name", "email", "department",
            "job", "active", "course_id", "course_title", "course_version", "completed_at", "score_percent", "valid_until");

    @Inject
    CompletionExport export;

    @Inject
    VerifiedClient verified;

    @Context
    Request request;

    @GET
    @SecurityRequirement(name = SCHEME)
    @Operation(summary = "The organisation's completions (member, department, course, version, completed at, score, "
            + "certificate valid until), oldest first, as JSON or CSV")
    @APIResponse(responseCode = "200", description = "The completions",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CompletionRecord.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                            description = "RFC 4180, UTF-8, header line: member_id,learner,first_name,last_name,email,department,"
                                    + "job,active,course_id,course_title,course_version,completed_at,score_percent,valid_until"))})
    @APIResponse(responseCode = "401", description = "No valid access token (WWW-Authenticate: Bearer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The token's client lacks the role completions-reader",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Not the token's organisation, or no such organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response completions(
            @Parameter(description = "The organisation's code, e.g. demo-zorg") @PathParam("id") String id,
            @Parameter(in = ParameterIn.QUERY, description = "json or csv; overrides the Accept header") @QueryParam("format") String format) {
        ServiceClient client = verified.get().orElseThrow(IllegalStateException::new); // the filter let it through
        if (!client.roles().contains(CompletionReader.ROLE)) {
            return refuse(403, "forbidden", "This client may not read completions (role " + CompletionReader.ROLE + ").");
        }
        if (client.organisation().isEmpty() || !client.organisation().equals(id)) {
            return refuse(404, "not-found", Response.Status.NOT_FOUND.getReasonPhrase());
        }
        MediaType type = chosen(format);
        if (type == null) {
            return Response.notAcceptable(VARIANTS).build();
        }
        List<CompletionRecord> rows = export.of(new CompletionReader(client.clientId(), client.organisation(), client.roles()));
        Response.ResponseBuilder response = CSV.equals(type.toString())
                ? Response.ok(csv(rows), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"completions-" + id + ".csv\"")
                : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE);
        return response.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private MediaType chosen(String format) {
        if (format != null) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                case "csv" -> MediaType.valueOf(CSV);
                default -> throw new InvalidParameterException("format", format, FORMATS);
            };
        }
        Variant variant = request.selectVariant(VARIANTS);
        return variant == null ? null : variant.getMediaType();
    }

    /** RFC 4180 with a header line; text cells a spreadsheet would run as a formula get a leading apostrophe. */
    static String csv(List<CompletionRecord> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (CompletionRecord r : rows) {
                csv.printRecord(r.memberId() == null ? "" : r.memberId(), r.learner(), DashboardCsv.safe(r.firstName()),
                        DashboardCsv.safe(r.lastName()), DashboardCsv.safe(r.email()), DashboardCsv.safe(r.department()),
                        DashboardCsv.safe(r.job()), r.active(), r.courseId(), DashboardCsv.safe(r.courseTitle()), r.courseVersion(),
                        r.completedAt(), r.scorePercent(), r.validUntil() == null ? "" : r.validUntil());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Response refuse(int status, String error, String message) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status, error, message)).header("Cache-Control", "no-store");
        if (status == 403) {
            response.header("WWW-Authenticate", "Bearer realm=\"signaal\", error=\"insufficient_scope\"");
        }
        return response.build();
    }
}
