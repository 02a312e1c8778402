package nl.signaal.web.admin.routes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.signaal.platform.audit.AuditEntry;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.routes.points.boundary.ReportingPoints;

/** Backing bean of /admin/routes/audit.xhtml: the latest changes to reporting points, who made them and what changed. */
@Named("routesAuditView")
@RequestScoped
public class AuditView {

    static final int LATEST = 200;

    @Inject
    AuditTrail audit;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.latest(ReportingPoints.AUDIT_CONTEXT, LATEST);
        }
        return entries;
    }
}
