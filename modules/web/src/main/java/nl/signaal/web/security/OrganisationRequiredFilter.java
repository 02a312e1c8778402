package nl.signaal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.web.home.CallerOrganisation;

/**
 * Every signed-in person belongs to exactly one organisation; the identity provider says
 * which in the {@code organisation} claim. A caller without that claim, or whose claim names
 * no organisation we know, is refused with an explanation (HTTP 403) on every page — never
 * attached to a default organisation.
 */
@WebFilter(urlPatterns = "/*")
public class OrganisationRequiredFilter extends HttpFilter {

    static final String REFUSAL_PAGE = "/no-organisation.xhtml";

    /** What a refused caller may still reach: the explanation, sign-out and static resources. */
    private static final Set<String> ALWAYS_ALLOWED = Set.of(REFUSAL_PAGE, "/logout", "/callback");

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerOrganisation callerOrganisation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() == null || ALWAYS_ALLOWED.contains(path)
                || path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources/")) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = currentCaller.require();
        if (callerOrganisation.find().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // API clients get the API's error shape (nl.signaal.web.api.ApiError), not a page
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":403,\"error\":\"no-organisation\",\"message\":"
                        + "\"This account belongs to no organisation known to Signaal.\"}");
                return;
            }
            request.setAttribute("signaal.refusedUser", caller.username());
            request.getRequestDispatcher(REFUSAL_PAGE).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
