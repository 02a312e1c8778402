package nl.signaal.organisations.reminders.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.Set;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;

/**
 * In the test archive there is no OpenID Connect sign-in: the tenant scope learns the caller's
 * organisation from here. The container's role (for {@code @RolesAllowed}) comes from the
 * {@code @RunAs} bean the test calls through ({@link RunAsOrgAdmin}, {@link RunAsLearner}).
 */
@Alternative
@Priority(1)
@RequestScoped
public class ItCaller extends CurrentCaller {

    static volatile Caller caller;

    static void is(String organisationCode, String role) {
        caller = new Caller("it-" + organisationCode + "-" + role, "it." + role + "." + organisationCode, "IT " + role, "",
                Optional.of(organisationCode), Set.of(role));
    }

    @Override
    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }
}
