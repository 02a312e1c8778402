package nl.signaal.web.org;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.signaal.organisations.dashboard.boundary.Dashboard;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.GroupKind;

/**
 * Backing bean of /org/dashboard.xhtml: the organisation's figures as a table, with bars drawn
 * from the same rows beside it (the table is the accessible version of the chart).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Width in SVG units of a 100 % bar. */
    public static final int BAR_WIDTH = 200;

    @Inject
    transient Dashboard dashboard;

    private DashboardFigures figures;

    public void load() {
        figures = dashboard.figures();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public List<DashboardRow> getRows() {
        return figures == null ? List.of() : figures.rows();
    }

    /** The rows a bar is drawn for: those whose figures are shown. */
    public List<DashboardRow> getBars() {
        return getRows().stream().filter(r -> !r.withheld()).toList();
    }

    public int barLength(DashboardRow row) {
        return row.percent() == null ? 0 : row.percent() * BAR_WIDTH / 100;
    }

    public String label(DashboardRow row) {
        return groupLabel(row, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The row's group in words: the department's path, or what the merged group stands for. */
    static String groupLabel(DashboardRow row, Locale locale) {
        return row.kind() == GroupKind.DEPARTMENT ? row.department()
                : OrgTexts.text(locale, "org.dashboard.group." + row.kind().name().toLowerCase(Locale.ROOT), List.of());
    }
}
