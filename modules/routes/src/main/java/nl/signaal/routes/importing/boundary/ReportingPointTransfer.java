package nl.signaal.routes.importing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import nl.signaal.routes.importing.control.ParsedCsv;
import nl.signaal.routes.importing.control.ReportingPointCsv;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.points.control.ReportingPointStore;
import nl.signaal.routes.resolver.control.RoutingDataChanged;
import nl.signaal.routes.resolver.control.RoutingDataHolder;

/**
 * CSV import and export of reporting points for platform admins. The import is
 * all-or-nothing: the whole file is parsed and validated against the stored points first;
 * with any error nothing is written and every error is returned; otherwise all points are
 * created (empty {@code id}) or updated (known {@code id}) in this one transaction, each
 * with its audit entry.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN)
public class ReportingPointTransfer {

    /** What Excel needs to read the file as UTF-8 ("Zorgcoördinator" intact). */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Inject
    RoutingDataHolder routingData;

    @Inject
    ReportingPointStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<RoutingDataChanged> changed;

    /**
     * Imports a CSV file (UTF-8; columns in the module README).
     *
     * @return the errors with line numbers (nothing written), or the counts of created and updated points
     */
    public ImportOutcome importCsv(Caller caller, byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        ParsedCsv parsed = new ReportingPointCsv(routingData.current().referenceCodes())
                .parse(text, store.all(), LocalDate.now(clock));
        if (!parsed.ok()) {
            return ImportOutcome.refused(parsed.errors());
        }
        int created = 0;
        int updated = 0;
        for (ReportingPointData point : parsed.points()) {
            ReportingPointData saved = store.save(point);
            audit.record(caller, ReportingPoints.AUDIT_CONTEXT, ReportingPoints.AUDIT_TYPE, saved.id(),
                    point.id() == null ? "import-create" : "import-update", saved.name());
            if (point.id() == null) {
                created++;
            } else {
                updated++;
            }
        }
        changed.fire(new RoutingDataChanged("import of " + parsed.points().size() + " reporting points"));
        return new ImportOutcome(List.of(), created, updated);
    }

    /** All points as CSV, UTF-8 with a byte-order mark, in the columns {@link #importCsv} reads. */
    public byte[] exportCsv() {
        return (BYTE_ORDER_MARK + ReportingPointCsv.write(store.all())).getBytes(StandardCharsets.UTF_8);
    }
}
