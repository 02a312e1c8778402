package nl.signaal.web.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.signaal.catalogue.transfer.boundary.CampaignTransfer;

/** {@code /admin/catalogue/export?format=csv|xlsx}: every campaign in the import's columns (platform admins). */
@WebServlet("/admin/catalogue/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignTransfer transfer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        byte[] bytes = xlsx ? transfer.exportXlsx() : transfer.exportCsv();
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campagnes." + (xlsx ? "xlsx" : "csv") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
