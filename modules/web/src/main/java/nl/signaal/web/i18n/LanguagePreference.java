package nl.signaal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The interface language: Dutch unless the person chose English (with the language links,
 * which add {@code lang=en} to the current address, see {@link LanguageFilter}) or their
 * browser asks for English on their first page. A person's choice, so it lives as long as
 * their session.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);
    public static final String PARAMETER = "lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String accept = faces == null ? null : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
            locale = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : DUTCH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches to the given language ({@code nl} or {@code en}); anything else is ignored. */
    public void switchTo(String language) {
        if ("en".equals(language)) {
            locale = Locale.ENGLISH;
        } else if ("nl".equals(language)) {
            locale = DUTCH;
        }
    }

    /**
     * The address of the current page in the given language: same path and parameters (so a
     * shared route link keeps its answers), plus {@code lang}. On error pages it is the
     * address the visitor asked for, not the error page's.
     */
    public String linkTo(String language) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object forwardQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String path = errorUri != null ? errorUri.toString()
                : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : forwardUri != null ? (String) forwardQuery : request.getQueryString();
        String kept = query == null ? "" : Stream.of(query.split("&"))
                .filter(p -> !p.isEmpty() && !URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8).equals(PARAMETER))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }
}
