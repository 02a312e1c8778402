package nl.signaal.web.certificates;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /verify/<code>}, the address in every certificate's QR code, shown by
 * /verify.xhtml. A forward, not a redirect, so the printed address stays in the browser.
 * Public: web.xml constrains nothing under /verify.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 80;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (code.length() > MAX) {
            code = ""; // too long to be a code: the page answers "not found" like for any other wrong code
        }
        request.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
