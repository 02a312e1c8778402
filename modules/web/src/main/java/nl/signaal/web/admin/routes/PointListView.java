package nl.signaal.web.admin.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.InvalidReportingPointException;
import nl.signaal.routes.points.boundary.PointFilter;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.shared.Message;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.routes.RouteTexts;

/** Backing bean of /admin/routes/index.xhtml: the reporting points, filtered by province, form, kind and scope. */
@Named
@ViewScoped
public class PointListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportingPoints points;

    @Inject
    Municipalities municipalities;

    @Inject
    LanguagePreference language;

    @Inject
    CurrentCaller caller;

    private String province;
    private FormOfExploitation form;
    private PointKind kind;
    private PointScope scope;
    private List<ReportingPointData> list;

    public void filter() {
        list = null;
    }

    /**
     * Deletes a point after the admin confirmed it. A point the routing rules depend on is
     * refused by the routes module with the reason, which is shown as is.
     */
    public void delete(long id) {
        Locale locale = language.getLocale();
        String name = points.find(id).map(ReportingPointData::name).orElse(Long.toString(id));
        try {
            if (points.delete(caller.require(), id)) {
                message(FacesMessage.SEVERITY_INFO, RouteTexts.text(locale, "admin.routes.deleted", name));
            } else {
                message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(locale, "admin.routes.notFound", id));
            }
        } catch (InvalidReportingPointException e) {
            e.violations().forEach(v -> message(FacesMessage.SEVERITY_ERROR, v.message().format(locale)));
        }
        list = null;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<ReportingPointData> getPoints() {
        if (list == null) {
            list = points.list(new PointFilter(province == null || province.isBlank() ? null : province, form, kind, scope));
        }
        return list;
    }

    public List<AreaRef> getProvinces() {
        return municipalities.provinces();
    }

    public FormOfExploitation[] getForms() {
        return FormOfExploitation.values();
    }

    public PointKind[] getKinds() {
        return PointKind.values();
    }

    public PointScope[] getScopes() {
        return PointScope.values();
    }

    /** A routes-module label ({@code point.kind.REPORT}, …) in the page's language. */
    public String label(String key) {
        return Message.of(key).format(language.getLocale());
    }

    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public FormOfExploitation getForm() { return form; }
    public void setForm(FormOfExploitation form) { this.form = form; }
    public PointKind getKind() { return kind; }
    public void setKind(PointKind kind) { this.kind = kind; }
    public PointScope getScope() { return scope; }
    public void setScope(PointScope scope) { this.scope = scope; }
}
