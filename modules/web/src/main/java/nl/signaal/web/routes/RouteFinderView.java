package nl.signaal.web.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteResolverService;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.web.i18n.LanguagePreference;

/**
 * Backing bean of /routes/index.xhtml, "Waar meld ik?". Every answer is a view parameter, so
 * the address after "Toon mijn meldroute" (a redirect with the view parameters) reproduces the
 * route for whoever opens it — a colleague, a printout, a bookmark.
 */
@Named
@ViewScoped
public class RouteFinderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RouteResolverService resolver;

    @Inject
    Municipalities municipalities;

    @Inject
    LanguagePreference language;

    private String municipality;
    private String province;
    private FormOfExploitation form;
    private Sector sector;
    private boolean minor;
    private boolean acute;
    private Reporter reporter = Reporter.CITIZEN;
    private boolean anonymous;

    private List<RouteStepView> steps = List.of();
    private String place;

    /** The f:viewAction: resolves when the address names a municipality or a province. */
    public void load() {
        steps = List.of();
        place = null;
        if (blank(municipality) && blank(province)) {
            return;
        }
        try {
            RouteQuery query = query();
            Locale locale = language.getLocale();
            steps = RouteStepView.of(resolver.resolve(query), locale);
            place = query.municipalityCode() != null
                    ? municipalities.find(query.municipalityCode()).map(MunicipalitySummary::name).orElse(municipality)
                    : provinceName(query.provinceCode());
        } catch (UnknownMunicipalityException | IllegalArgumentException e) {
            error("routes.error.unknownMunicipality", municipality);
        } catch (UnknownProvinceException e) {
            error("routes.error.unknownProvince", province);
        }
    }

    /** "Toon mijn meldroute": to the address with every answer in it (post-redirect-get). */
    public String show() {
        if (blank(municipality) && blank(province)) {
            error("routes.error.placeRequired");
            return null;
        }
        return "/routes/index?faces-redirect=true&includeViewParams=true";
    }

    public List<MunicipalitySummary> complete(String q) {
        return municipalities.search(q, 12);
    }

    public List<AreaRef> getProvinces() {
        return municipalities.provinces();
    }

    public FormOfExploitation[] getForms() {
        return FormOfExploitation.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Reporter[] getReporters() {
        return Reporter.values();
    }

    public List<RouteStepView> getSteps() {
        return steps;
    }

    public boolean isResolved() {
        return !steps.isEmpty();
    }

    public String getPlace() {
        return place;
    }

    /** The query string of this route, for the PDF link and the share link. */
    public String getQueryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "municipality", blank(municipality) ? null : municipality);
        add(parts, "province", blank(municipality) && !blank(province) ? province : null);
        add(parts, "form", form == null ? null : form.name());
        add(parts, "sector", sector == null ? null : sector.name());
        add(parts, "minor", String.valueOf(minor));
        add(parts, "acute", String.valueOf(acute));
        add(parts, "reporter", reporter == null ? null : reporter.name());
        add(parts, "anonymous", String.valueOf(anonymous));
        return String.join("&", parts);
    }

    /** The route card PDF of exactly this route, in the page's language. */
    public String getCardUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/routes/card.pdf?" + getQueryString() + "&lang=" + language.getLanguage();
    }

    /** The full address that reproduces this route. */
    public String getShareUrl() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder(external.getRequestScheme()).append("://").append(external.getRequestServerName());
        int port = external.getRequestServerPort();
        if (port != 80 && port != 443) {
            url.append(':').append(port);
        }
        return url.append(external.getRequestContextPath()).append("/routes/index.xhtml?").append(getQueryString()).toString();
    }

    private RouteQuery query() {
        return new RouteQuery(blank(municipality) ? null : municipality, blank(province) ? null : province,
                form, sector, minor, acute, reporter, anonymous);
    }

    private String provinceName(String code) {
        return municipalities.provinces().stream().filter(p -> p.code().equals(code)).map(AreaRef::name).findFirst()
                .orElseThrow(() -> new UnknownProvinceException(code));
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                RouteTexts.text(language.getLocale(), key, args), null));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The autocomplete's value: the municipality of the address, or the one just chosen. */
    public MunicipalitySummary getMunicipalitySummary() {
        return blank(municipality) ? null : municipalities.find(municipality).orElse(null);
    }

    public void setMunicipalitySummary(MunicipalitySummary summary) {
        municipality = summary == null ? null : summary.code();
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public FormOfExploitation getForm() {
        return form;
    }

    public void setForm(FormOfExploitation form) {
        this.form = form;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public boolean isMinor() {
        return minor;
    }

    public void setMinor(boolean minor) {
        this.minor = minor;
    }

    public boolean isAcute() {
        return acute;
    }

    public void setAcute(boolean acute) {
        this.acute = acute;
    }

    public Reporter getReporter() {
        return reporter;
    }

    public void setReporter(Reporter reporter) {
        this.reporter = reporter == null ? Reporter.CITIZEN : reporter;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
