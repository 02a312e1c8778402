package nl.signaal.catalogue.transfer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.catalogue.transfer.boundary.ImportProgress;
import org.junit.jupiter.api.Test;

class RunningImportsTest {

    private final RunningImports running = new RunningImports();

    @Test
    void oneImportPerUserAtATime() {
        Optional<ImportProgress> first = running.begin("platformbeheer");
        assertThat(first).isPresent();
        assertThat(running.begin("platformbeheer")).as("second while the first runs").isEmpty();
        assertThat(running.current("platformbeheer")).containsSame(first.get());
        assertThat(running.begin("ander.beheer")).as("another admin is not blocked").isPresent();

        running.end("platformbeheer", first.get());
        assertThat(running.current("platformbeheer")).isEmpty();
        assertThat(running.begin("platformbeheer")).as("after the first ended").isPresent();
    }

    @Test
    void anOldImportEndingLeavesTheNewOneRegistered() {
        ImportProgress old = running.begin("platformbeheer").orElseThrow();
        running.end("platformbeheer", old);
        ImportProgress current = running.begin("platformbeheer").orElseThrow();
        running.end("platformbeheer", old);
        assertThat(running.current("platformbeheer")).containsSame(current);
    }

    @Test
    void simultaneousStartsLetExactlyOneThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    return running.begin("platformbeheer").isPresent();
                }));
            }
            go.countDown();
            int started = 0;
            for (Future<Boolean> attempt : attempts) {
                started += attempt.get() ? 1 : 0;
            }
            assertThat(started).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
