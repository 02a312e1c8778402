package nl.signaal.web.certificates;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.signaal.certificates.issuing.boundary.CertificateAccessDenied;
import nl.signaal.certificates.issuing.boundary.CertificateNotFound;
import nl.signaal.certificates.issuing.boundary.InvalidRevocation;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.routes.RouteTexts;

/**
 * The certificates boundary's refusals as API errors: 403 for someone else's certificate, 404
 * for no such id or code, 400 (parameter {@code reason}) for a revocation without a usable
 * reason and 409 for one that is revoked already.
 */
public final class CertificateApiMappers {

    private CertificateApiMappers() {
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<CertificateAccessDenied> {
        @Override
        public Response toResponse(CertificateAccessDenied e) {
            return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(403, "forbidden", Response.Status.FORBIDDEN.getReasonPhrase())).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CertificateNotFound> {
        @Override
        public Response toResponse(CertificateNotFound e) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(404, "not-found", Response.Status.NOT_FOUND.getReasonPhrase())).build();
        }
    }

    @Provider
    public static class Revocation implements ExceptionMapper<InvalidRevocation> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidRevocation e) {
            Locale locale = RouteTexts.choose(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                    headers == null ? null : headers.getAcceptableLanguages());
            String message = CertificateTexts.text(locale, e.key());
            ApiError error = e.alreadyRevoked() ? ApiError.of(409, "already-revoked", message)
                    : new ApiError(400, "invalid-parameter", message, "reason", null);
            return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
        }
    }
}
