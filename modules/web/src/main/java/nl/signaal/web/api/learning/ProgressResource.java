package nl.signaal.web.api.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptSummary;
import nl.signaal.learning.attempt.boundary.Attempts;
import nl.signaal.learning.completion.boundary.CompletionSummary;
import nl.signaal.learning.completion.boundary.Completions;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/me/progress}: the caller's own attempts and completions. There is no id
 * parameter: the learning context scopes both by the caller's subject, so nobody can read
 * another learner's progress here.
 */
@Path("v1/me/progress")
@RequestScoped
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
@Tag(name = "courses")
public class ProgressResource {

    /**
     * @param attempts    every attempt, newest first
     * @param completions every course version completed (passed), each pointing at the exact version taken
     */
    public record Progress(List<AttemptJson> attempts, List<CompletionJson> completions) {
    }

    /**
     * @param progressPercent share of lessons seen and items answered, 0–100
     * @param scorePercent    null while in progress
     * @param finishedAt      null while in progress
     */
    @JsonbNillable
    public record AttemptJson(long attemptId, long courseId, int version, String courseTitle, AttemptStatus status,
                              int progressPercent, Integer scorePercent, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

        static AttemptJson of(AttemptSummary a) {
            return new AttemptJson(a.attemptId(), a.courseId(), a.versionNumber(), a.courseTitle(), a.status(),
                    a.progressPercent(), a.scorePercent(), a.startedAt(), a.finishedAt());
        }
    }

    public record CompletionJson(long completionId, long attemptId, long courseId, long courseVersionId, int version,
                                 String courseTitle, Sector sector, int scorePercent, OffsetDateTime completedAt) {

        static CompletionJson of(CompletionSummary c) {
            return new CompletionJson(c.completionId(), c.attemptId(), c.courseId(), c.courseVersionId(), c.versionNumber(),
                    c.courseTitle(), c.sector(), c.score(), c.completedAt());
        }
    }

    @Inject
    Attempts attempts;

    @Inject
    Completions completions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My progress", description = "The caller's attempts (with progress and score) and completions.")
    @APIResponse(responseCode = "200", description = "The caller's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "403", description = "Signed in without a role of Signaal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Progress progress() {
        return new Progress(attempts.mine().stream().map(AttemptJson::of).toList(),
                completions.mine().stream().map(CompletionJson::of).toList());
    }
}
