package nl.signaal.web.org;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.tenant.NoOrganisationException;
import nl.signaal.platform.tenant.NotInYourOrganisationException;
import nl.signaal.web.api.ApiError;

/**
 * The tenant scope's refusals and the organisations context's refusals as API errors: an id of
 * another organisation is 404 (indistinguishable from an id that does not exist), a caller
 * without organisation 403, a request the admin can fix 400 with a message in their language.
 */
public final class OrganisationApiMappers {

    private OrganisationApiMappers() {
    }

    static Response respond(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    @Provider
    public static class NotInYourOrganisation implements ExceptionMapper<NotInYourOrganisationException> {
        @Override
        public Response toResponse(NotInYourOrganisationException e) {
            return respond(ApiError.of(404, "not-found", Response.Status.NOT_FOUND.getReasonPhrase()));
        }
    }

    @Provider
    public static class NoOrganisation implements ExceptionMapper<NoOrganisationException> {
        @Override
        public Response toResponse(NoOrganisationException e) {
            return respond(ApiError.of(403, "no-organisation", Response.Status.FORBIDDEN.getReasonPhrase()));
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Refusal e) {
            List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
            Locale locale = accepted.stream().anyMatch(l -> "en".equals(l.getLanguage()))
                    && accepted.stream().noneMatch(l -> "nl".equals(l.getLanguage())) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            return respond(new ApiError(400, e.key(), OrgTexts.text(locale, e.key(), e.args()), null, null));
        }
    }
}
