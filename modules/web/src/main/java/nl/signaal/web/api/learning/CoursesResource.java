package nl.signaal.web.api.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.signaal.learning.course.boundary.CourseSummary;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.api.InvalidParameterException;
import nl.signaal.web.learn.Learner;
import nl.signaal.web.routes.RouteTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/courses}: the published courses, for every signed-in person. */
@Path("v1/courses")
@RequestScoped
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
@Tag(name = "courses", description = "Published courses and the caller's progress in them.")
public class CoursesResource {

    /** The languages course content is written in. */
    static final List<String> LANGUAGES = List.of("nl", "en");

    /**
     * One course: its latest published version.
     *
     * @param courseId         stable id of the course
     * @param code             stable code, e.g. {@code zorg-signalen}
     * @param version          the latest published version's number
     * @param language         the language of title and summary here, {@code nl} or {@code en}
     * @param languages        the languages the content is available in
     * @param ownSector        whether the course is written for one of the caller's organisation's sectors
     */
    public record CourseJson(long courseId, String code, int version, String language, String title, String summary,
                             Sector sector, List<FormOfExploitation> forms, List<String> languages, int estimatedMinutes,
                             int passMark, int lessons, boolean ownSector) {

        static CourseJson of(CourseSummary c, Locale locale, boolean ownSector) {
            return new CourseJson(c.courseId(), c.code(), c.versionNumber(), locale.getLanguage(), c.title().in(locale),
                    c.summary().in(locale), c.sector(), c.forms().stream().sorted().toList(), c.languages(),
                    c.estimatedMinutes(), c.passMark(), c.lessonCount(), ownSector);
        }
    }

    @Inject
    Courses courses;

    @Inject
    Learner learner;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published courses",
            description = "The latest published version of every course matching the filters; the courses written for "
                    + "the caller's organisation's sectors first, then by title. Drafts are never listed.")
    @APIResponse(responseCode = "200", description = "The courses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CourseJson.class)))
    @APIResponse(responseCode = "400", description = "A filter has a value that is not allowed; the body names it and the allowed values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Signed in without a role of Signaal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<CourseJson> list(
            @Parameter(description = "Only courses written for this sector.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"HEALTHCARE", "HOSPITALITY", "TRANSPORT",
                            "AGRICULTURE", "MUNICIPALITY", "EDUCATION_YOUTH_CARE", "FINANCE", "HOUSING", "LAW_ENFORCEMENT", "OTHER"}))
            @QueryParam("sector") String sector,
            @Parameter(description = "Only courses covering this form of exploitation.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL"}))
            @QueryParam("form") String form,
            @Parameter(description = "Only courses available in this language.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"}))
            @QueryParam("language") String language,
            @Parameter(description = "Language of titles and summaries: nl (default) or en; overrides Accept-Language.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"}))
            @QueryParam("lang") String lang) {
        Sector sectorFilter = parse("sector", sector, Sector.class);
        FormOfExploitation formFilter = parse("form", form, FormOfExploitation.class);
        String languageFilter = blank(language) ? null : language.strip();
        if (languageFilter != null && !LANGUAGES.contains(languageFilter)) {
            throw new InvalidParameterException("language", language, LANGUAGES);
        }
        Locale locale = RouteTexts.choose(lang, headers.getAcceptableLanguages());
        var sectors = learner.sectors();
        return courses.published(sectorFilter, formFilter, languageFilter, sectors.stream().findFirst().orElse(null)).stream()
                .map(c -> CourseJson.of(c, locale, sectors.contains(c.sector())))
                .sorted(java.util.Comparator.comparing((CourseJson c) -> !c.ownSector()))
                .toList();
    }

    private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
