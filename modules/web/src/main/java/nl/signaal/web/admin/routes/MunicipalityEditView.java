package nl.signaal.web.admin.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.platform.audit.AuditEntry;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.regions.boundary.AreaRef;
import nl.signaal.routes.regions.boundary.DivisionsChange;
import nl.signaal.routes.regions.boundary.InvalidDivisionsException;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalityDivisions;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.routes.RouteTexts;

/**
 * Backing bean of /admin/routes/municipality.xhtml?code=GM0363: a platform admin corrects the
 * regions a municipality belongs to. The rules live in the routes module; each violation is
 * shown at its field. A blank field means "unknown" and is shown so everywhere.
 */
@Named
@ViewScoped
public class MunicipalityEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Municipalities municipalities;

    @Inject
    MunicipalityDivisions divisions;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguagePreference language;

    private String code;
    private String name;
    private String province;
    private String safetyRegion;
    private String ggdRegion;
    private String riecRegion;
    private boolean riecRegionConfirmed;
    private String veiligThuisRegion;
    private String careCoordinationRegion;
    private String source;
    private boolean found;
    private final Map<String, String> errors = new HashMap<>();

    /** The f:viewAction: loads the municipality named by {@code code}. */
    public void load() {
        Optional<MunicipalitySummary> m = code == null ? Optional.empty() : municipalities.find(code);
        found = m.isPresent();
        if (!found) {
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.municipalities.notFound",
                    code == null ? "" : code));
            return;
        }
        MunicipalitySummary s = m.get();
        code = s.code();
        name = s.name();
        province = s.province().name();
        safetyRegion = s.safetyRegion().code();
        ggdRegion = s.ggdRegion();
        riecRegion = s.riecRegion();
        riecRegionConfirmed = s.riecRegionConfirmed();
        veiligThuisRegion = s.veiligThuisRegion();
        careCoordinationRegion = s.careCoordinationRegion();
        source = divisions.sourceOf(code).orElse("");
    }

    public String save() {
        errors.clear();
        DivisionsChange change = new DivisionsChange(code, safetyRegion, ggdRegion, riecRegion, riecRegionConfirmed,
                veiligThuisRegion, careCoordinationRegion, source);
        try {
            Optional<MunicipalitySummary> saved = divisions.update(caller.require(), change);
            if (saved.isEmpty()) {
                message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.municipalities.notFound", code));
                return null;
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_INFO, RouteTexts.text(language.getLocale(), "admin.routes.saved", saved.get().name()));
            return "/admin/routes/municipalities?faces-redirect=true";
        } catch (InvalidDivisionsException e) {
            for (Violation v : e.violations()) {
                errors.merge(v.field(), v.message().format(language.getLocale()), (a, b) -> a + " " + b);
            }
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.routes.invalid"));
            return null;
        }
    }

    /** The violation text for a field ({@code safety_region}, {@code riec_region}, …); empty when fine. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<AreaRef> getSafetyRegions() {
        return municipalities.safetyRegions();
    }

    public List<AuditEntry> getHistory() {
        return code == null || !found ? List.of()
                : audit.forEntity(ReportingPoints.AUDIT_CONTEXT, MunicipalityDivisions.AUDIT_TYPE, code);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public String getProvince() { return province; }
    public boolean isFound() { return found; }
    public String getSafetyRegion() { return safetyRegion; }
    public void setSafetyRegion(String safetyRegion) { this.safetyRegion = safetyRegion; }
    public String getGgdRegion() { return ggdRegion; }
    public void setGgdRegion(String ggdRegion) { this.ggdRegion = ggdRegion; }
    public String getRiecRegion() { return riecRegion; }
    public void setRiecRegion(String riecRegion) { this.riecRegion = riecRegion; }
    public boolean isRiecRegionConfirmed() { return riecRegionConfirmed; }
    public void setRiecRegionConfirmed(boolean riecRegionConfirmed) { this.riecRegionConfirmed = riecRegionConfirmed; }
    public String getVeiligThuisRegion() { return veiligThuisRegion; }
    public void setVeiligThuisRegion(String veiligThuisRegion) { this.veiligThuisRegion = veiligThuisRegion; }
    public String getCareCoordinationRegion() { return careCoordinationRegion; }
    public void setCareCoordinationRegion(String careCoordinationRegion) { this.careCoordinationRegion = careCoordinationRegion; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
