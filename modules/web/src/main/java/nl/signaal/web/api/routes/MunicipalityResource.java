package nl.signaal.web.api.routes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.api.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/municipalities?q=…}: the autocomplete behind "Waar meld ik?". */
@Path("v1/municipalities")
@RequestScoped
@Tag(name = "routes")
public class MunicipalityResource {

    /**
     * A municipality and the regions a route depends on.
     *
     * @param code        CBS code, GM0363
     * @param name        CBS spelling
     * @param alsoKnownAs everyday name (Den Haag), or null
     * @param province    its province
     * @param policeUnit  its police unit
     */
    @JsonbNillable
    public record MunicipalityView(String code, String name, String alsoKnownAs, AreaRef province, AreaRef policeUnit) {

        static MunicipalityView of(MunicipalitySummary m) {
            return new MunicipalityView(m.code(), m.name(), m.alsoKnownAs(), m.province(), m.policeUnit());
        }
    }

    public static final int DEFAULT_MAX = 10;

    @Inject
    Municipalities municipalities;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Municipalities whose name, everyday name or code matches q, best first")
    @APIResponse(responseCode = "200", description = "Matches, at most max",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "400", description = "q missing or max out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<MunicipalityView> search(
            @QueryParam("q") @Parameter(description = "Part of a name or code: 'den haag', 'sudwest', 'GM0363', '363'", required = true) String q,
            @QueryParam("max") @DefaultValue("10") @Parameter(description = "At most this many, 1 to " + Municipalities.MAX_RESULTS) String max) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", null, List.of());
        }
        int limit;
        try {
            limit = Integer.parseInt(max.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > Municipalities.MAX_RESULTS) {
            throw new InvalidParameterException("max", max, List.of("1.." + Municipalities.MAX_RESULTS));
        }
        return municipalities.search(q, limit).stream().map(MunicipalityView::of).toList();
    }
}
