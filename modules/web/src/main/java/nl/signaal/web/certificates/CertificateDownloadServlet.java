package nl.signaal.web.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.signaal.certificates.issuing.boundary.CertificateAccessDenied;
import nl.signaal.certificates.issuing.boundary.CertificateFile;
import nl.signaal.certificates.issuing.boundary.CertificateNotFound;
import nl.signaal.certificates.issuing.boundary.Certificates;

/**
 * {@code /me/certificate.pdf?id=}: one certificate's PDF, regenerated from its facts. Under
 * /me/ so that only signed-in people reach it; whether this caller may have this certificate
 * (owner, admin of its organisation, platform admin) is the boundary's decision: 403 otherwise.
 */
@WebServlet("/me/certificate.pdf")
public class CertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateFile file;
        try {
            file = certificates.pdf(id);
        } catch (CertificateNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (CertificateAccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
