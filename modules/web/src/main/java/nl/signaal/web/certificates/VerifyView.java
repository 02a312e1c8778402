package nl.signaal.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.certificates.issuing.boundary.VerificationResult;

/**
 * Backing bean of /verify.xhtml (reached as /verify/{code}): the status of a certificate and
 * the few facts printed on it. Unknown and malformed codes show the same "not found" with
 * HTTP 404.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Certificates certificates;

    private String code;
    private VerificationResult result = VerificationResult.NOT_FOUND;

    public void load() {
        result = certificates.verify(code);
        if (!result.found()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public VerificationResult getResult() { return result; }
    public String getStatus() { return result.status().name(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
