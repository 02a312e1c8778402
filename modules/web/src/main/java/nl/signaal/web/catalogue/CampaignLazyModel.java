package nl.signaal.web.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.shared.Page;
import nl.signaal.platform.caller.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages of the catalogue straight from {@link Campaigns#search}: only the visible page is
 * loaded. The filter comes from the view's form (not PrimeFaces' column filters), so the
 * database does all filtering and sorting.
 */
public class CampaignLazyModel extends LazyDataModel<CampaignSummary> {

    private static final long serialVersionUID = 1L;

    private final transient Campaigns campaigns;
    private final transient Supplier<Caller> caller;
    private final CampaignFilter filter;
    private long lastTotal;

    public CampaignLazyModel(Campaigns campaigns, Supplier<Caller> caller, CampaignFilter filter) {
        this.campaigns = campaigns;
        this.caller = caller;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        lastTotal = campaigns.search(caller.get(), filter, 0, 1).total();
        return (int) lastTotal;
    }

    @Override
    public List<CampaignSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<CampaignSummary> page = campaigns.search(caller.get(), filter, first, pageSize);
        lastTotal = page.total();
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(CampaignSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public CampaignSummary getRowData(String rowKey) {
        return null;
    }

    public long getTotal() {
        return lastTotal;
    }
}
