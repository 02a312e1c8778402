package nl.signaal.organisations.dashboard.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.Set;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * In the test archive there is no OpenID Connect sign-in, so the tenant scope learns its
 * organisation from this caller instead: an org admin of demo-zorg.
 */
@Alternative
@Priority(1)
@RequestScoped
public class ZorgAdminCaller extends CurrentCaller {

    @Override
    public Optional<Caller> current() {
        return Optional.of(new Caller("it-beheer-zorg", "it.beheer.zorg", "IT beheer zorg", "", Optional.of("demo-zorg"),
                Set.of(Role.ORG_ADMIN)));
    }
}
