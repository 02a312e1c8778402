package nl.signaal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in Dutch time. Inject {@link Clock} instead of calling
 * {@code now()} so that due dates, expiry and reminders can be tested at any moment.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
