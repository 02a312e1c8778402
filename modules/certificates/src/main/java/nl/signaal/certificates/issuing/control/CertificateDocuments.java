package nl.signaal.certificates.issuing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import nl.signaal.certificates.document.control.CertificatePdf;
import nl.signaal.certificates.issuing.boundary.OrganisationNames;
import nl.signaal.certificates.issuing.entity.Certificate;
import nl.signaal.certificates.shared.VerificationCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a stored certificate with the public address its QR code points to. The address is
 * configuration ({@code signaal.public-url}, e.g. {@code https://signaal.nl/signaal/}), since the
 * server cannot know under which name the public reaches it.
 */
@ApplicationScoped
public class CertificateDocuments {

    @Inject
    @ConfigProperty(name = "signaal.public-url", defaultValue = "http://localhost:8080/signaal/")
    String publicUrl;

    /** How many certificates of a bulk download are rendered at once; 0: one per processor core. */
    @Inject
    @ConfigProperty(name = "signaal.certificates.zip.threads", defaultValue = "0")
    int zipThreads;

    @Inject
    OrganisationNames organisations;

    public int zipThreads() {
        return zipThreads > 0 ? zipThreads : Runtime.getRuntime().availableProcessors();
    }

    public String verificationUrl(VerificationCode code) {
        return CertificatePdf.verificationUrl(publicUrl, code);
    }

    public byte[] pdf(Certificate certificate) {
        return CertificatePdf.render(certificate.facts(), organisations.logoOf(certificate.getOrganisationCode()).orElse(null),
                verificationUrl(certificate.verificationCode()));
    }

    public void pdf(Certificate certificate, byte[] logo, OutputStream out) {
        CertificatePdf.render(certificate.facts(), logo, verificationUrl(certificate.verificationCode()), out);
    }

    public byte[] logoOf(String organisationCode) {
        return organisations.logoOf(organisationCode).orElse(null);
    }
}
