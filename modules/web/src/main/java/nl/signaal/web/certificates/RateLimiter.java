package nl.signaal.web.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fixed-window limit per client address for the public verification API (default 30 per
 * minute), so that nobody can try codes in bulk. Kept in this server's memory: with several
 * instances each counts on its own, so the effective limit is N × the configured one — move
 * the counters to the Hazelcast grid (ARCHITECTURE.md, "Past one machine") when that matters.
 * The address is the TCP peer; behind a proxy, configure Payara to take X-Forwarded-For from it.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    @ConfigProperty(name = "signaal.certificates.verify.per-minute", defaultValue = "30")
    int perMinute;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    /** Empty when the request may go ahead; otherwise the seconds until it may try again. */
    public OptionalLong acquire(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute); // forget past windows
        }
        long[] window = windows.compute(client, (key, old) ->
                old == null || old[0] != minute ? new long[] {minute, 1} : new long[] {minute, old[1] + 1});
        if (window[1] <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, 60 - (clock.millis() / 1000) % 60));
    }
}
