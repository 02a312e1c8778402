package nl.signaal.learning.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import nl.signaal.platform.caller.Role;

/** Runs the given code in the learner role; each service call inside gets its own transaction. */
@Stateless
@RunAs(Role.LEARNER)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsLearner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
