package nl.signaal.routes.points.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import nl.signaal.routes.points.control.ReportingPointStore;
import nl.signaal.routes.points.control.ReportingPointValidator;
import nl.signaal.routes.resolver.control.RoutingData;
import nl.signaal.routes.resolver.control.RoutingDataChanged;
import nl.signaal.routes.resolver.control.RoutingDataHolder;
import nl.signaal.routes.shared.Message;

/**
 * Meldpunten and kenniscentra: the public list with filters, and the platform admin's edit
 * and delete, each validated and written to the audit trail in the same transaction.
 * Lists read the in-memory snapshot; writes go to the database and refresh the snapshot
 * after commit.
 */
@Stateless
@PermitAll
public class ReportingPoints {

    /** The audit trail's context name for everything this module records. */
    public static final String AUDIT_CONTEXT = "routes";
    public static final String AUDIT_TYPE = "ReportingPoint";

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

    /** The points matching the filter, by name. A province selects the points that reach it (national ones included). */
    public List<ReportingPointData> list(PointFilter filter) {
        return routingData.current().points(filter == null ? PointFilter.ALL : filter);
    }

    public Optional<ReportingPointData> find(long id) {
        return routingData.current().point(id);
    }

    /**
     * Creates ({@code point.id()} null) or updates a point.
     *
     * @return the point as saved, with its id
     * @throws InvalidReportingPointException with every violation; nothing is written
     */
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public ReportingPointData save(Caller caller, ReportingPointData point) {
        RoutingData data = routingData.current();
        List<ReportingPointData> stored = store.all();
        List<Violation> violations = new ArrayList<>(new ReportingPointValidator(data.referenceCodes()).validate(point, LocalDate.now(clock)));
        violations.addAll(ReportingPointValidator.validateAgainst(point, stored));
        Optional<ReportingPointData> before = point.id() == null ? Optional.empty() : store.find(point.id());
        if (point.id() != null && before.isEmpty()) {
            violations.add(new Violation("id", Message.of("csv.error.unknownId", point.id())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidReportingPointException(violations);
        }
        ReportingPointData saved = store.save(point);
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, saved.id(), before.isEmpty() ? "create" : "update",
                before.map(b -> saved.name() + ": " + ReportingPointValidator.changedFields(b, saved)).orElse(saved.name()));
        changed.fire(new RoutingDataChanged("reporting point " + saved.id()));
        return saved;
    }

    /**
     * Deletes a point. A point a routing rule depends on (one with a routing key) cannot be
     * deleted: the route card would silently lose, say, 112.
     *
     * @throws InvalidReportingPointException when the point carries a routing key
     */
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public boolean delete(Caller caller, long id) {
        Optional<ReportingPointData> point = store.find(id);
        if (point.isEmpty()) {
            return false;
        }
        if (point.get().routingKey() != null) {
            throw new InvalidReportingPointException(List.of(new Violation("routing_key",
                    Message.of("points.error.routingKeyInUse", point.get().name(), point.get().routingKey().name()))));
        }
        store.delete(id);
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, id, "delete", point.get().name());
        changed.fire(new RoutingDataChanged("reporting point " + id));
        return true;
    }
}
