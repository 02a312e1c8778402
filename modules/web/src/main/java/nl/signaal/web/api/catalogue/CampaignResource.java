package nl.signaal.web.api.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignDetails;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSort;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.campaigns.boundary.UnknownCampaignException;
import nl.signaal.catalogue.materials.boundary.Materials;
import nl.signaal.catalogue.shared.Page;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.api.InvalidParameterException;
import nl.signaal.web.catalogue.CatalogueTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/campaigns}: search and read the campaign catalogue; propose, create and delete
 * campaigns; delete one material.
 * Multi-valued filters repeat the parameter or separate values with commas
 * ({@code ?audience=CITIZENS,YOUNG_PEOPLE}); any value matches within one filter, all filters must match.
 */
@Path("v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "The catalogue of awareness campaigns on trafficking and their material.")
@RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
public class CampaignResource {

    static final int MAX_SIZE = Campaigns.MAX_PAGE_SIZE;

    /** A page of campaigns. */
    @Schema(name = "CampaignPage")
    public record CampaignPage(long total, int page, int size, List<CampaignSummary> items) {
    }

    @Inject
    Campaigns campaigns;

    @Inject
    Materials materials;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "Search the catalogue", description = "Dutch full-text search (q, websearch syntax: words, "
            + "\"phrases\", or, -word) and filters on every field; trainers see published campaigns and their own proposals.")
    @APIResponse(responseCode = "200", description = "One page and the total number of matches",
            content = @Content(schema = @Schema(implementation = CampaignPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter with a value the API does not know",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a trainer or platform admin")
    public CampaignPage search(
            @Parameter(description = "Dutch full-text search") @QueryParam("q") String q,
            @Parameter(description = "Owner or partner organisation contains") @QueryParam("organisation") String organisation,
            @Parameter(description = "CITIZENS, YOUNG_PEOPLE, EMPLOYERS, PROFESSIONALS") @QueryParam("audience") List<String> audience,
            @Parameter(description = "Platform sector, e.g. HOSPITALITY") @QueryParam("sector") List<String> sector,
            @Parameter(description = "SEXUAL, LABOUR, CRIMINAL, ORGAN_REMOVAL") @QueryParam("form") List<String> form,
            @Parameter(description = "VIDEO, POSTER, SOCIAL_MEDIA, WEBSITE, LESSON_PACK, E_LEARNING, EXHIBITION, CHAT, EVENT")
            @QueryParam("channel") List<String> channel,
            @Parameter(description = "LT_10K, FROM_10K_TO_30K, GT_30K, UNKNOWN") @QueryParam("costBand") List<String> costBand,
            @Parameter(description = "DAYS, WEEKS, MONTHS, HALF_YEAR_OR_LONGER, NO_END_DATE, UNKNOWN")
            @QueryParam("durationBand") List<String> durationBand,
            @Parameter(description = "NATIONAL, PROVINCE, MUNICIPALITY") @QueryParam("scope") String scope,
            @Parameter(description = "Province (PVnn) or municipality (GMnnnn) code") @QueryParam("area") String area,
            @Parameter(description = "Start year from") @QueryParam("startYearFrom") String startYearFrom,
            @Parameter(description = "Start year to") @QueryParam("startYearTo") String startYearTo,
            @Parameter(description = "true: only campaigns without an end date") @QueryParam("noEndDate") String noEndDate,
            @Parameter(description = "CONFIRMED, UNCONFIRMED") @QueryParam("confidence") String confidence,
            @Parameter(description = "PROPOSED, PUBLISHED") @QueryParam("status") String status,
            @Parameter(description = "true: only demo campaigns; false: none") @QueryParam("demo") String demo,
            @Parameter(description = "RELEVANCE, TITLE, START_YEAR_DESC, START_YEAR_ASC") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") String size) {
        CampaignFilter f = CampaignFilter.all();
        f.setQ(q);
        f.setOrganisation(organisation);
        f.setAudiences(enums("audience", audience, Audience.class));
        f.setSectors(enums("sector", sector, Sector.class));
        f.setForms(enums("form", form, FormOfExploitation.class));
        f.setChannels(enums("channel", channel, Channel.class));
        f.setCostBands(enums("costBand", costBand, CostBand.class));
        f.setDurationBands(enums("durationBand", durationBand, DurationBand.class));
        f.setScope(one("scope", scope, GeographicScope.class));
        f.setAreaCode(area);
        f.setStartYearFrom(integer("startYearFrom", startYearFrom, 0, 9999));
        f.setStartYearTo(integer("startYearTo", startYearTo, 0, 9999));
        f.setNoEndDate(bool("noEndDate", noEndDate));
        f.setConfidence(one("confidence", confidence, Confidence.class));
        f.setStatus(one("status", status, CampaignStatus.class));
        f.setDemo(bool("demo", demo));
        f.setSort(one("sort", sort, CampaignSort.class));
        int pageNumber = integer("page", page, 0, 1_000_000);
        int pageSize = integer("size", size, 1, MAX_SIZE);
        Page<CampaignSummary> result = campaigns.search(currentCaller.require(), f, pageNumber * pageSize, pageSize);
        return new CampaignPage(result.total(), pageNumber, pageSize, result.items());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with its materials (without file bytes)")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(schema = @Schema(implementation = CampaignDetails.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or not visible to the caller",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CampaignDetails find(@PathParam("id") String id) {
        long campaignId = longId(id);
        return campaigns.find(currentCaller.require(), campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose (trainer) or create (platform admin) a campaign",
            description = "A trainer's campaign is always stored as PROPOSED and UNCONFIRMED (a status, confidence or "
                    + "demo flag in the body is ignored) until a platform admin publishes it. A platform admin's campaign "
                    + "gets the status in the body; without one (or null) it is PROPOSED, so publishing takes "
                    + "\"status\":\"PUBLISHED\" or a later approval.")
    @APIResponse(responseCode = "201", description = "Stored; the body is the campaign as stored")
    @APIResponse(responseCode = "422", description = "Invalid fields; each violation names its field",
            content = @Content(schema = @Schema(implementation = CatalogueApiMappers.Invalid.Body.class)))
    @APIResponse(responseCode = "403", description = "Not a trainer or platform admin")
    public Response create(@RequestBody(description = "The campaign; id and version are ignored. status: PROPOSED "
            + "(default) or PUBLISHED, platform admins only.", required = true,
            content = @Content(schema = @Schema(implementation = CampaignData.class))) CampaignData data) {
        if (data == null) {
            throw new InvalidParameterException("body", null, List.of());
        }
        Caller caller = currentCaller.require();
        data.setId(null); // POST only creates; an id in the body must not turn it into an update
        CampaignData saved = caller.hasRole(Role.PLATFORM_ADMIN) ? campaigns.save(caller, data) : campaigns.propose(caller, data);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    @Operation(summary = "Delete a campaign and its materials (platform admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    public Response delete(@PathParam("id") String id) {
        campaigns.delete(currentCaller.require(), longId(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/materials/{materialId}")
    @Operation(summary = "Delete one material and its stored file",
            description = "Platform admins may delete any material; a trainer only material they uploaded themselves "
                    + "while the campaign is still PROPOSED. Audited.")
    @APIResponse(responseCode = "204", description = "Deleted, with its file and preview")
    @APIResponse(responseCode = "403", description = "Not allowed to delete this material, or not a trainer or platform admin",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such material in this campaign, or not visible to the caller",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response deleteMaterial(@PathParam("id") String id, @PathParam("materialId") String materialId,
                                   @Context UriInfo uri, @Context HttpHeaders headers) {
        long campaignId = longId(id);
        long material = longId(materialId);
        Caller caller = currentCaller.require();
        if (materials.find(caller, material).filter(m -> m.campaignId() == campaignId).isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(404, "not-found", CatalogueTexts.text(CatalogueApiMappers.language(uri, headers),
                            "api.materialNotFound", materialId))).build();
        }
        materials.delete(caller, material);
        return Response.noContent().build();
    }

    private static long longId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("id", id, List.of());
        }
    }

    static <E extends Enum<E>> Set<E> enums(String parameter, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        result.add(one(parameter, part, type));
                    }
                }
            }
        }
        return result;
    }

    static <E extends Enum<E>> E one(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    private static Integer integer(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new InvalidParameterException(parameter, value, List.of());
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, value, List.of());
        }
    }

    private static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(parameter, value, List.of("true", "false"));
        };
    }
}
