package nl.signaal.learning.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.Set;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.NotSignedInException;

/** Replaces the token-based caller in the IT archive; the test says who is calling. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class FakeCurrentCaller extends CurrentCaller {

    private static volatile Caller caller;

    public static void signIn(String subject, String displayName, String organisation, String... roles) {
        caller = new Caller(subject, subject, displayName, "", Optional.ofNullable(organisation), Set.of(roles));
    }

    @Override
    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    @Override
    public Caller require() {
        return current().orElseThrow(NotSignedInException::new);
    }
}
