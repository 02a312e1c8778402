package nl.signaal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.web.home.CallerOrganisation;

/** {@code GET /api/v1/me}: who the API thinks you are. */
@Path("v1/me")
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public class MeResource {

    /** The caller as JSON. */
    public record Me(String username, String name, String organisation, String organisationName, List<String> roles) {
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerOrganisation callerOrganisation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Caller caller = currentCaller.require();
        return new Me(caller.username(), caller.displayName(), caller.organisation().orElse(null),
                callerOrganisation.getName(), Role.ALL.stream().filter(caller::hasRole).toList());
    }
}
