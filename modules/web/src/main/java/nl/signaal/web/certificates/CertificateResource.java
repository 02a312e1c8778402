package nl.signaal.web.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.OptionalLong;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.certificates.issuing.boundary.VerificationResult;
import nl.signaal.web.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/certificates/{code}}: public verification of a certificate, for employers
 * and their systems. Answers only what the certificate itself shows. Unknown and malformed
 * codes get the same 404 body; more than the configured requests per minute from one address
 * get 429 with Retry-After.
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
}
