package nl.signaal.organisations.reminders.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import nl.signaal.platform.caller.Role;

/** Calls boundaries in the container role org-admin, as a signed-in org admin's request would. */
@Stateless
@PermitAll
@DeclareRoles({Role.ORG_ADMIN, Role.LEARNER})
@RunAs(Role.ORG_ADMIN)
public class RunAsOrgAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
