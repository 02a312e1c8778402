package nl.signaal.web.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import nl.signaal.certificates.issuing.boundary.CertificateSummary;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.certificates.issuing.boundary.VerificationResult;
import nl.signaal.web.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/certificates/{code}}: public verification of a certificate, for employers
 * and their systems. Answers only what the certificate itself shows. Unknown and malformed
 * codes get the same 404 body; more than the configured requests per minute from one address
 * get 429 with Retry-After.
 *
 * <p>{@code POST /api/v1/certificates/{code}/revocation} revokes one, for an admin of the
 * certificate's organisation or a platform admin; the boundary decides who may (see
 * {@link Certificates#revokeByCode}) and audits it exactly like the revoke button on
 * /org/certificates.xhtml. Only JSON is accepted, so a cross-site form cannot post it with the
 * admin's session cookie (that needs a CORS preflight, which this API does not answer).
 */
@Path("v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

    /**
     * The public JSON of a certificate; absent fields are omitted.
     *
     * @param status           VALID, EXPIRED or REVOKED
     * @param name             the learner's name as printed
     * @param course           the course title as printed
     * @param version          the course version
     * @param issuedOn         day of issue (ISO date)
     * @param validUntil       last valid day; absent = no expiry
     * @param revocationReason why it was revoked; only when REVOKED
     */
    public record Verification(String status, String name, String course, int version, LocalDate issuedOn,
                               LocalDate validUntil, String revocationReason) {
    }

    /** The body of a revocation: why, shown on verification (required, at most 500 characters). */
    @Schema(name = "RevocationRequest")
    public static class RevocationRequest {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * The certificate as revoked.
     *
     * @param code             the verification code, readable form
     * @param status           REVOKED
     * @param revokedAt        when (UTC)
     * @param revocationReason the reason as stored (trimmed)
     */
    @Schema(name = "Revocation")
    public record Revocation(String code, String status, Instant revokedAt, String revocationReason) {
    }

    @Inject
    Certificates certificates;

    @Inject
    RateLimiter limiter;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{code}")
    @Operation(summary = "Verify a certificate by its code (public, rate-limited)")
    public Response verify(@PathParam("code") String code) {
        OptionalLong retry = limiter.acquire(request.getRemoteAddr());
        if (retry.isPresent()) {
            return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", retry.getAsLong())
                    .entity(ApiError.of(429, "too-many-requests", "Too Many Requests")).build();
        }
        VerificationResult result = certificates.verify(code);
        if (!result.found()) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(404, "not-found", "Not Found")).build();
        }
        return Response.ok(new Verification(result.status().name(), result.learnerName(), result.courseTitle(),
                result.courseVersion(), result.issuedOn(), result.validUntil(), result.revocationReason()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate with a reason (admin of its organisation or platform admin)",
            description = "The reason is shown on verification. A certificate of another organisation answers "
                    + "404 exactly like an unknown code. Revoking twice answers 409; the first revocation stays.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = Revocation.class)))
    @APIResponse(responseCode = "400", description = "No reason, or a reason over 500 characters; parameter = reason",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an organisation admin or platform admin",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such code, or not a certificate of the caller's organisation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Revocation revoke(@PathParam("code") String code,
                             @RequestBody(description = "{\"reason\": \"…\"}",
                                     content = @Content(schema = @Schema(implementation = RevocationRequest.class)))
                             RevocationRequest body) {
        CertificateSummary revoked = certificates.revokeByCode(code, body == null ? null : body.getReason());
        return new Revocation(revoked.code(), revoked.status().name(), revoked.revokedAt(), revoked.revocationReason());
    }
}
