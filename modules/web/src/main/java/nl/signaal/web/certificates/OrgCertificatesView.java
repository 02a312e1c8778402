package nl.signaal.web.certificates;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.certificates.issuing.boundary.CertificateAccessDenied;
import nl.signaal.certificates.issuing.boundary.CertificateNotFound;
import nl.signaal.certificates.issuing.boundary.CertificateSummary;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.certificates.issuing.boundary.InvalidRevocation;

/**
 * Backing bean of /org/certificates.xhtml: the organisation's certificates, revoking one with
 * a reason, and the bulk ZIP — whose size is counted first so the admin knows what is coming
 * before the (streamed) download starts.
 */
@Named
@ViewScoped
public class OrgCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    private List<CertificateSummary> rows = List.of();
    private Integer zipCount;
    private CertificateSummary selected;
    private String reason;

    public void load() {
        rows = certificates.ofMyOrganisation();
    }

    public void select(CertificateSummary certificate) {
        selected = certificate;
        reason = null;
    }

    public void revoke() {
        if (selected == null) {
            return;
        }
        try {
            CertificateSummary done = certificates.revoke(selected.id(), reason);
            CertificateTexts.message(FacesMessage.SEVERITY_INFO, "crt.revoke.done", done.learnerName(), done.code());
            selected = null;
            reason = null;
            rows = certificates.ofMyOrganisation();
            zipCount = null;
        } catch (InvalidRevocation e) {
            CertificateTexts.message(FacesMessage.SEVERITY_ERROR, e.key());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (CertificateAccessDenied | CertificateNotFound e) {
            CertificateTexts.message(FacesMessage.SEVERITY_ERROR, "crt.revoke.forbidden");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Counts the certificates of the bulk download, which the page shows before offering it. */
    public void prepareZip() {
        zipCount = certificates.currentCountOfMyOrganisation();
    }

    public String validity(CertificateSummary c) {
        return MyCertificatesView.validityText(c);
    }

    public String label(String key, String arg) {
        return CertificateTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arg);
    }

    public List<CertificateSummary> getRows() { return rows; }
    public Integer getZipCount() { return zipCount; }
    public CertificateSummary getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
