package nl.signaal.routes.importing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import nl.signaal.platform.caller.Role;

/**
 * Runs a piece of test code as a platform admin, so the ITs go through the real
 * {@code @RolesAllowed} checks of the services instead of around them. Test only.
 */
@Stateless
@PermitAll
@DeclareRoles(Role.PLATFORM_ADMIN)
@RunAs(Role.PLATFORM_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsPlatformAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
