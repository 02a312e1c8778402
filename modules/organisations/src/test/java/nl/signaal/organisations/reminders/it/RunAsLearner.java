package nl.signaal.organisations.reminders.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import nl.signaal.platform.caller.Role;

/** Calls boundaries in the container role learner. */
@Stateless
@PermitAll
@DeclareRoles({Role.ORG_ADMIN, Role.LEARNER})
@RunAs(Role.LEARNER)
public class RunAsLearner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
