package nl.signaal.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs out here <em>and</em> at the identity provider (RP-initiated logout), so the next
 * "Inloggen" asks for a password again instead of silently signing the same person in.
 * POST only, so that a link on another site cannot sign people out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endSession = null;
        String idToken = null;
        if (request.getUserPrincipal() != null && openIdContext.isResolvable()) {
            OpenIdContext oidc = openIdContext.get();
            JsonObject metadata = oidc.getProviderMetadata();
            endSession = metadata == null ? null : metadata.getString("end_session_endpoint", null);
            idToken = oidc.getIdentityToken().getToken();
        }
        // the mechanism keeps the tokens in the session: ending it signs out here (request.logout()
        // would let the mechanism commit its own response before we can redirect to the provider)
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = baseUrl(request) + "/";
        if (endSession == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(endSession
                + "?id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
