package nl.signaal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.web.routes.RouteTexts;

/**
 * Turns every failure of a resource into the one {@link ApiError} body, in the request's
 * language ({@code lang=} or Accept-Language, Dutch by default). One mapper per exception
 * type, because JAX-RS chooses the mapper by the closest type.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Locale language(UriInfo uri, HttpHeaders headers) {
        return RouteTexts.choose(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                headers == null ? null : headers.getAcceptableLanguages());
    }

    static Response respond(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** 400: the parameter, what was wrong with it, and the values it accepts. */
    @Provider
    public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidParameterException e) {
            Locale locale = language(uri, headers);
            String message;
            if (e.messageKey() != null) {
                message = RouteTexts.text(locale, e.messageKey(), e.parameter(), e.value());
            } else if (e.value() == null) {
                message = RouteTexts.text(locale, "api.error.required", e.parameter());
            } else if (e.allowed().isEmpty()) {
                message = RouteTexts.text(locale, "api.error.invalid", e.parameter(), e.value());
            } else {
                message = RouteTexts.text(locale, "api.error.invalidChoice", e.parameter(), e.value(),
                        String.join(", ", e.allowed()));
            }
            return respond(new ApiError(400, "invalid-parameter", message, e.parameter(),
                    e.allowed().isEmpty() ? null : e.allowed()));
        }
    }

    /** 404: the municipality code that does not exist. */
    @Provider
    public static class UnknownMunicipality implements ExceptionMapper<UnknownMunicipalityException> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(UnknownMunicipalityException e) {
            return respond(new ApiError(404, "unknown-municipality",
                    RouteTexts.text(language(uri, headers), "api.error.unknownMunicipality", e.code()), "municipality", null));
        }
    }

    /** 404: the province code that does not exist. */
    @Provider
    public static class UnknownProvince implements ExceptionMapper<UnknownProvinceException> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(UnknownProvinceException e) {
            return respond(new ApiError(404, "unknown-province",
                    RouteTexts.text(language(uri, headers), "api.error.unknownProvince", e.code()), "province", null));
        }
    }

    /** JAX-RS's own errors (404 path, 405 method, 406 …) keep their status, in the same body. */
    @Provider
    public static class Standard implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return respond(ApiError.of(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase()));
        }
    }

    /** A role the caller lacks (the service layer's @RolesAllowed): 403, not 500. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return respond(ApiError.of(403, "forbidden", Response.Status.FORBIDDEN.getReasonPhrase()));
        }
    }

    /** Anything else: logged with its stack trace here, a plain 500 for the client, no internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "API request failed", e);
            return respond(ApiError.of(500, "internal", RouteTexts.text(language(uri, headers), "api.error.internal")));
        }
    }
}
