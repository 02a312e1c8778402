package nl.signaal.organisations.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * The caller's organisation's dashboard figures, for its org admins. Everything is read
 * through the tenant scope, so an admin only ever sees their own organisation's figures.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class Dashboard {

    @Inject
    TenantScope tenant;

    @Inject
    DashboardReader reader;

    public DashboardFigures figures() {
        tenant.organisationId(); // refuses a caller without organisation before anything is read
        return reader.figures();
    }

    /** Everything the dashboard page and its exports (CSV, XLSX, PDF) show. */
    public DashboardReport report() {
        tenant.organisationId();
        return reader.report();
    }

    /**
     * The drill-down: one member's courses, dates and certificates (not their answers). An id of
     * another organisation fails like one that does not exist ({@code NotInYourOrganisationException}, 404).
     */
    public MemberStatus member(long memberId) {
        tenant.organisationId();
        return reader.memberStatus(memberId);
    }
}
