package nl.signaal.web.admin.routes;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.signaal.routes.importing.boundary.ReportingPointTransfer;

/**
 * {@code /admin/routes/export.csv}: every reporting point as CSV (UTF-8 with byte-order mark),
 * in the columns the import reads. Under /admin/*, so the container admits platform admins
 * only; the transfer service checks the role again.
 */
@WebServlet("/admin/routes/export.csv")
public class PointExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportingPointTransfer transfer;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = transfer.exportCsv();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"meldpunten-" + LocalDate.now(clock) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
