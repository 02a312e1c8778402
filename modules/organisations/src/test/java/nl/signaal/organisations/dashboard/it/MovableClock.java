package nl.signaal.organisations.dashboard.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the dashboard's test archives: Dutch time, as the product's, unless
 * a test moves it (and moves it back). Every clock it hands out follows later moves, also one
 * injected before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** From now on the application's time is the real time plus {@code by} ({@link Duration#ZERO}: the real time again). */
    public void moveTo(Duration by) {
        offset.set(by);
    }

    @Produces
    Clock clock() {
        return new Moving(offset, AMSTERDAM);
    }

    private static final class Moving extends Clock {
        private final AtomicReference<Duration> offset;
        private final ZoneId zone;

        Moving(AtomicReference<Duration> offset, ZoneId zone) {
            this.offset = offset;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moving(offset, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
