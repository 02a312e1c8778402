package nl.signaal.web.admin.routes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * Backing bean of /admin/routes/municipalities.xhtml: every municipality with its regions,
 * searchable by name or code, so a platform admin finds the one to correct and sees at a glance
 * which divisions are still unknown.
 */
@Named
@ViewScoped
public class MunicipalityListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Municipalities municipalities;

    private String query;
    private boolean onlyIncomplete;
    private transient List<MunicipalitySummary> list;

    public void search() {
        list = null;
    }

    public List<MunicipalitySummary> getMunicipalities() {
        if (list == null) {
            List<MunicipalitySummary> found = query == null || query.isBlank()
                    ? municipalities.all()
                    : municipalities.search(query, Municipalities.MAX_RESULTS);
            list = onlyIncomplete ? found.stream().filter(MunicipalityListView::incomplete).toList() : found;
        }
        return list;
    }

    /** True when one of the regions is unknown or the RIEC region is only inferred. */
    public static boolean incomplete(MunicipalitySummary m) {
        return m.ggdRegion() == null || m.riecRegion() == null || !m.riecRegionConfirmed() || m.veiligThuisRegion() == null
                || m.careCoordinationRegion() == null;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public boolean isOnlyIncomplete() { return onlyIncomplete; }
    public void setOnlyIncomplete(boolean onlyIncomplete) { this.onlyIncomplete = onlyIncomplete; }
}
