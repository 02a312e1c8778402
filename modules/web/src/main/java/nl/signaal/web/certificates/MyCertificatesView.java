package nl.signaal.web.certificates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.certificates.issuing.boundary.CertificateStatus;
import nl.signaal.certificates.issuing.boundary.CertificateSummary;
import nl.signaal.certificates.issuing.boundary.Certificates;

/** Backing bean of /me/certificates.xhtml, "Mijn certificaten": the caller's own, with download. */
@Named
@ViewScoped
public class MyCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    private List<CertificateSummary> rows = List.of();

    public void load() {
        rows = certificates.mine();
    }

    /** "verloopt over 12 dagen", "verlopen", "ingetrokken" or "geen vervaldatum". */
    public String validity(CertificateSummary c) {
        return validityText(c);
    }

    static String validityText(CertificateSummary c) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (c.status() == CertificateStatus.REVOKED) {
            return CertificateTexts.text(locale, "crt.status.REVOKED");
        }
        if (c.status() == CertificateStatus.EXPIRED) {
            return CertificateTexts.text(locale, "crt.status.EXPIRED");
        }
        if (c.daysLeft() == null) {
            return CertificateTexts.text(locale, "crt.noExpiry");
        }
        return CertificateTexts.text(locale, "crt.expiresIn", c.daysLeft());
    }

    public List<CertificateSummary> getRows() { return rows; }
}
