package nl.signaal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.junit.jupiter.api.Test;

/**
 * A signed-in person keeps their roles on every request, also when many requests run at once
 * (Payara issue 6145): without {@code SessionRolesDecorator} Payara 6 loses the
 * session's groups for a few percent of concurrent requests, and they are refused with 403. The
 * workaround must not give roles away either: the same learner is refused a trainer's endpoint
 * every single time.
 */
class SessionRolesUnderConcurrencyIT {

    private static final int THREADS = 12;
    private static final int REQUESTS_PER_THREAD = 120;

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "application/json").build();
    }

    @Test
    void concurrentRequestsOfSignedInPeopleKeepTheirRolesAndNoOneGainsARole() throws Exception {
        HttpClient learner = SignedInHttp.signIn("leerling.zorg");
        HttpClient trainer = SignedInHttp.signIn("trainer.zorg");
        HttpClient anonymous = HttpClient.newHttpClient();

        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<String> wrongRoles = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        switch ((thread + i) % 4) {
                            case 0, 1 -> {
                                HttpResponse<String> me = learner.send(get("api/v1/me"), HttpResponse.BodyHandlers.ofString());
                                count(outcomes, "learner me " + me.statusCode());
                                if (me.statusCode() == 200 && !me.body().contains("\"roles\":[\"learner\"]")) {
                                    wrongRoles.add(me.body());
                                }
                            }
                            case 2 -> {
                                HttpResponse<String> campaigns = learner.send(get("api/v1/campaigns"), HttpResponse.BodyHandlers.ofString());
                                count(outcomes, "learner campaigns " + campaigns.statusCode());
                                HttpResponse<String> me = trainer.send(get("api/v1/me"), HttpResponse.BodyHandlers.ofString());
                                count(outcomes, "trainer me " + me.statusCode());
                                if (me.statusCode() == 200 && !me.body().contains("\"roles\":[\"trainer\"]")) {
                                    wrongRoles.add(me.body());
                                }
                            }
                            default -> count(outcomes, "anonymous me "
                                    + anonymous.send(get("api/v1/me"), HttpResponse.BodyHandlers.discarding()).statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> seen = new TreeMap<>();
        outcomes.forEach((key, n) -> seen.put(key, n.get()));
        int perKind = THREADS * REQUESTS_PER_THREAD / 4;
        assertThat(seen).as("status codes per caller and endpoint")
                .containsEntry("learner me 200", 2 * perKind)
                .containsEntry("trainer me 200", perKind)
                .containsEntry("learner campaigns 403", perKind)
                .doesNotContainKeys("learner me 403", "trainer me 403", "learner campaigns 200");
        assertThat(wrongRoles).as("signed-in people answered with other roles than their own").isEmpty();
        assertThat(seen.keySet()).filteredOn(k -> k.startsWith("anonymous")).allMatch(k -> !k.endsWith(" 200"));
    }

    private static void count(Map<String, AtomicInteger> outcomes, String key) {
        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
