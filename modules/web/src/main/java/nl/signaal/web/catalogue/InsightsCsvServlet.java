package nl.signaal.web.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import nl.signaal.catalogue.insights.boundary.Insights;
import nl.signaal.catalogue.insights.boundary.Tally;
import nl.signaal.web.routes.RouteTexts;

/**
 * {@code /trainer/catalogue/insights.csv?chart=perForm}: one chart's figures as CSV
 * (columns {@code key,label,count}; the key is the enum name or year, empty for unknown).
 */
@WebServlet("/trainer/catalogue/insights.csv")
public class InsightsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Insights insights;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("chart");
        InsightsView.Chart chart = InsightsView.charts(insights.report()).stream().filter(c -> c.id().equals(id))
                .findFirst().orElse(null);
        if (chart == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = RouteTexts.choose(request.getParameter("lang"), java.util.Collections.list(request.getLocales()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campagnes-" + chart.id() + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("key,label,count\r\n");
        for (Tally bar : chart.bars()) {
            String label = bar.key() == null ? CatalogueTexts.text(locale, "unknown")
                    : chart.labelPrefix().isEmpty() ? bar.key() : CatalogueTexts.text(locale, chart.labelPrefix() + bar.key());
            out.print((bar.key() == null ? "" : bar.key()) + ",\"" + label.replace("\"", "\"\"") + "\"," + bar.count() + "\r\n");
        }
    }
}
