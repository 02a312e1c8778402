package nl.signaal.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one JSON body of every error the API returns, e.g.
 * {@code {"status":400,"error":"invalid-parameter","message":"…","parameter":"form","allowed":["SEXUAL",…]}}.
 *
 * @param status    the HTTP status, repeated for clients that only keep the body
 * @param error     a stable machine-readable code: {@code invalid-parameter}, {@code not-found}, …
 * @param message   for people, in the request's language
 * @param parameter the query parameter concerned; absent when none
 * @param allowed   the values that parameter accepts; absent when free
 */
@Schema(name = "Error", description = "Every error of the API has this shape.")
public record ApiError(int status, String error, String message, String parameter, List<String> allowed) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null);
    }
}
