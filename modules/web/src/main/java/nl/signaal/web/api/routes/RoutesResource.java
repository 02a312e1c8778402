package nl.signaal.web.api.routes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.signaal.routes.card.boundary.RouteCards;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteResolverService;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.routes.RouteStepView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/routes}: "Waar meld ik?" as JSON, and as a one-page route card PDF. */
@Path("v1/routes")
@RequestScoped
@Tag(name = "routes", description = "Where to report human trafficking: the ordered reporting route.")
public class RoutesResource {

    /**
     * The route and the place it was resolved for.
     *
     * @param municipality the municipality, or null when only a province was given
     * @param province     the province
     * @param language     the language of the texts, {@code nl} or {@code en}
     * @param steps        in order: step 1 first
     */
    @JsonbNillable
    public record RouteAnswer(MunicipalityResource.MunicipalityView municipality, AreaRef province, String language,
                              List<RouteStepView> steps) {
    }

    @Inject
    RouteResolverService resolver;

    @Inject
    RouteCards cards;

    @Inject
    Municipalities municipalities;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ordered reporting route for a situation",
            description = "Each step says who, how to reach them (channels with opening hours), when it applies and why, "
                    + "with the rule id, the data's confidence, its source and the day it was verified (null: not yet).")
    @APIResponse(responseCode = "200", description = "The route",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouteAnswer.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value that is not allowed; the body names it and the allowed values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "The municipality or province code does not exist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @Parameter(name = "municipality", in = ParameterIn.QUERY, example = "GM0363",
            description = "CBS municipality code, e.g. GM0363 (also 0363 or 363). Give this or province.")
    @Parameter(name = "province", in = ParameterIn.QUERY, example = "PV27",
            description = "Province code when the municipality is not known; ignored when municipality is given.")
    @Parameter(name = "form", in = ParameterIn.QUERY, description = "Form of exploitation; leave out when not known.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL"}))
    @Parameter(name = "sector", in = ParameterIn.QUERY, description = "The reporter's sector when reporting from work.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"HEALTHCARE", "HOSPITALITY", "TRANSPORT", "AGRICULTURE",
                    "MUNICIPALITY", "EDUCATION_YOUTH_CARE", "FINANCE", "HOUSING", "LAW_ENFORCEMENT", "OTHER"}))
    @Parameter(name = "minor", in = ParameterIn.QUERY, description = "The (possible) victim is under 18.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "acute", in = ParameterIn.QUERY, description = "There is acute danger now: 112 comes first.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "reporter", in = ParameterIn.QUERY, description = "Who reports.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"PROFESSIONAL", "CITIZEN"}, defaultValue = "CITIZEN"))
    @Parameter(name = "anonymous", in = ParameterIn.QUERY, description = "The reporter wants to stay anonymous.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the texts: nl (default) or en; overrides Accept-Language.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"}))
    public RouteAnswer route(@BeanParam RouteParameters parameters) {
        RouteQuery query = parameters.query();
        Locale locale = parameters.locale(headers.getAcceptableLanguages());
        var steps = resolver.resolve(query);
        if (query.municipalityCode() != null) {
            var municipality = municipalities.find(query.municipalityCode())
                    .orElseThrow(() -> new UnknownMunicipalityException(query.municipalityCode()));
            return new RouteAnswer(MunicipalityResource.MunicipalityView.of(municipality), municipality.province(),
                    locale.getLanguage(), RouteStepView.of(steps, locale));
        }
        AreaRef province = municipalities.provinces().stream().filter(p -> p.code().equals(query.provinceCode()))
                .findFirst().orElseThrow(() -> new UnknownProvinceException(query.provinceCode()));
        return new RouteAnswer(null, province, locale.getLanguage(), RouteStepView.of(steps, locale));
    }

    @GET
    @Path("card.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same route as a one-page A4 route card (PDF) to print or save")
    @APIResponse(responseCode = "200", description = "The route card", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "400", description = "A parameter has a value that is not allowed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "The municipality or province code does not exist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @Parameter(name = "municipality", in = ParameterIn.QUERY, example = "GM0363",
            description = "CBS municipality code, e.g. GM0363 (also 0363 or 363). Give this or province.")
    @Parameter(name = "province", in = ParameterIn.QUERY, example = "PV27",
            description = "Province code when the municipality is not known; ignored when municipality is given.")
    @Parameter(name = "form", in = ParameterIn.QUERY, description = "Form of exploitation; leave out when not known.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL"}))
    @Parameter(name = "sector", in = ParameterIn.QUERY, description = "The reporter's sector when reporting from work.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"HEALTHCARE", "HOSPITALITY", "TRANSPORT", "AGRICULTURE",
                    "MUNICIPALITY", "EDUCATION_YOUTH_CARE", "FINANCE", "HOUSING", "LAW_ENFORCEMENT", "OTHER"}))
    @Parameter(name = "minor", in = ParameterIn.QUERY, description = "The (possible) victim is under 18.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "acute", in = ParameterIn.QUERY, description = "There is acute danger now: 112 comes first.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "reporter", in = ParameterIn.QUERY, description = "Who reports.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"PROFESSIONAL", "CITIZEN"}, defaultValue = "CITIZEN"))
    @Parameter(name = "anonymous", in = ParameterIn.QUERY, description = "The reporter wants to stay anonymous.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the texts: nl (default) or en; overrides Accept-Language.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"}))
    public Response card(@BeanParam RouteParameters parameters) {
        RouteQuery query = parameters.query();
        Locale locale = parameters.locale(headers.getAcceptableLanguages());
        byte[] pdf = cards.pdf(query, locale);
        String place = query.municipalityCode() != null ? query.municipalityCode() : query.provinceCode();
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + RouteCardFileName.of(place, locale) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
