package nl.signaal.catalogue.insights.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.signaal.catalogue.insights.control.InsightQueries;
import nl.signaal.platform.caller.Role;

/** The inventory's figures, computed from the catalogue now; for trainers and platform admins. */
@Stateless
@RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
public class Insights {

    @Inject
    InsightQueries queries;

    public InsightsReport report() {
        return queries.report();
    }
}
