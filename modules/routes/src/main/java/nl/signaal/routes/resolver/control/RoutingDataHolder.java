package nl.signaal.routes.resolver.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds the current {@link RoutingData} snapshot for the whole application. The snapshot is
 * loaded on first use, dropped after every committed admin change on this instance, and
 * reloaded when older than {@link #MAX_AGE} so that other instances of a cluster pick up a
 * change within minutes without a distributed cache. Readers never block each other: they
 * read a volatile reference to an immutable object.
 */
@ApplicationScoped
public class RoutingDataHolder {

    /** How stale a snapshot may get on an instance that did not make the change itself. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    RoutingDataLoader loader;

    @Inject
    Clock clock;

    private record Loaded(RoutingData data, Instant at) {
    }

    private volatile Loaded loaded;

    public RoutingData current() {
        Loaded snapshot = loaded;
        if (snapshot == null || snapshot.at().plus(MAX_AGE).isBefore(clock.instant())) {
            snapshot = reload(snapshot);
        }
        return snapshot.data();
    }

    private synchronized Loaded reload(Loaded seen) {
        if (loaded != seen) {
            return loaded; // another thread reloaded meanwhile
        }
        loaded = new Loaded(loader.load(), clock.instant());
        return loaded;
    }

    /** Drops the snapshot after a committed change; the next reader loads a fresh one. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingDataChanged change) {
        loaded = null;
    }
}
