package nl.signaal.web.api.catalogue;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.signaal.catalogue.campaigns.boundary.InvalidCampaignException;
import nl.signaal.catalogue.campaigns.boundary.UnknownCampaignException;
import nl.signaal.catalogue.materials.boundary.MaterialNotDeletableException;
import nl.signaal.web.api.ApiError;
import nl.signaal.web.catalogue.CatalogueTexts;
import nl.signaal.web.routes.RouteTexts;

/** The catalogue's exceptions as API errors, in the request's language (lang= or Accept-Language, Dutch by default). */
public final class CatalogueApiMappers {

    private CatalogueApiMappers() {
    }

    static Locale language(UriInfo uri, HttpHeaders headers) {
        return RouteTexts.choose(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                headers == null ? null : headers.getAcceptableLanguages());
    }

    /** 404 with a sentence naming the id. */
    @Provider
    public static class UnknownCampaign implements ExceptionMapper<UnknownCampaignException> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(UnknownCampaignException e) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(404, "not-found", CatalogueTexts.text(language(uri, headers), "api.notFound", String.valueOf(e.id()))))
                    .build();
        }
    }

    /** 422 with one entry per field. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidCampaignException> {

        /** The body: the usual error fields plus the violations. */
        public record Body(int status, String error, String message, List<FieldError> violations) {
        }

        /** One field and what is wrong with it. */
        public record FieldError(String field, String key, String message) {
        }

        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidCampaignException e) {
            Locale locale = language(uri, headers);
            List<FieldError> errors = e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message().key(), CatalogueTexts.format(locale, v.message()))).toList();
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body(422, "invalid", CatalogueTexts.text(locale, "api.invalid"), errors)).build();
        }
    }

    /** 403: the caller sees the material but may not remove it. */
    @Provider
    public static class MaterialNotDeletable implements ExceptionMapper<MaterialNotDeletableException> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(MaterialNotDeletableException e) {
            return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(403, "forbidden", CatalogueTexts.text(language(uri, headers), "material.notDeletable")))
                    .build();
        }
    }
}
