package nl.signaal.web.certificates;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.signaal.certificates.issuing.boundary.CertificateAccessDenied;
import nl.signaal.certificates.issuing.boundary.CertificateNotFound;
import nl.signaal.web.api.ApiError;

/** The certificates boundary's refusals as API errors: 403 for someone else's certificate, 404 for no such id. */
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
}
