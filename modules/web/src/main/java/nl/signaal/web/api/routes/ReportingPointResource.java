package nl.signaal.web.api.routes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.PointFilter;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.routes.shared.Message;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.routes.ChannelView;
import nl.signaal.web.routes.RouteTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/reporting-points?province=…&form=…}: meldpunten and kenniscentra. */
@Path("v1/reporting-points")
@RequestScoped
@Tag(name = "routes")
public class ReportingPointResource {

    /** A reporting point or knowledge centre as published; unknown facts are null. */
    @JsonbNillable
    public record PointView(Long id, String name, String kind, String kindLabel, String scope, Set<String> areas,
                            Set<FormOfExploitation> forms, Set<Audience> audiences, List<ChannelView> channels,
                            Boolean anonymousPossible, String confidence, String sourceUrl, LocalDate verifiedOn) {

        static PointView of(ReportingPointData p, Locale locale) {
            return new PointView(p.id(), p.name(), p.kind().name(), Message.of("point.kind." + p.kind().name()).format(locale),
                    p.scope().name(), p.areas(), p.forms(), p.audiences(),
                    p.channels().stream().map(c -> ChannelView.of(c, locale)).toList(), p.anonymousPossible(),
                    p.confidence().name(), p.sourceUrl(), p.verifiedOn());
        }
    }

    @Inject
    ReportingPoints points;

    @Inject
    Municipalities municipalities;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reporting points and knowledge centres, optionally only those reaching a province or handling a form",
            description = "A province selects the points that reach it: national ones, the province's own, and those of its "
                    + "safety regions and municipalities.")
    @APIResponse(responseCode = "200", description = "The points, by name", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PointView.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value that is not allowed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "The province code does not exist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<PointView> list(
            @QueryParam("province") @Parameter(description = "Province code, e.g. PV27") String province,
            @QueryParam("form") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL"})) String form,
            @QueryParam("kind") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"EMERGENCY", "REPORT",
                    "ANONYMOUS_REPORT", "ADVICE", "REGISTRATION", "VICTIM_CARE", "KNOWLEDGE"})) String kind,
            @QueryParam("lang") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"})) String lang) {
        String provinceCode = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
        if (provinceCode != null && municipalities.provinces().stream().noneMatch(p -> p.code().equals(provinceCode))) {
            throw new UnknownProvinceException(provinceCode);
        }
        PointFilter filter = new PointFilter(provinceCode, RouteParameters.choice("form", form, FormOfExploitation.class),
                RouteParameters.choice("kind", kind, PointKind.class), null);
        Locale locale = RouteTexts.choose(lang, headers.getAcceptableLanguages());
        return points.list(filter).stream().map(p -> PointView.of(p, locale)).toList();
    }
}
