package nl.signaal.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Applies {@code ?lang=nl|en} on any page before it renders, so switching language is a plain
 * link: it works without JavaScript, on error pages, and keeps the page's other parameters.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST})
public class LanguageFilter extends HttpFilter {

    @Inject
    LanguagePreference preference;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter(LanguagePreference.PARAMETER);
        if (language != null) {
            preference.switchTo(language);
        }
        chain.doFilter(request, response);
    }
}
