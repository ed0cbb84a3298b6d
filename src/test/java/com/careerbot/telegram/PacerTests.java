package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pace of sends: first come, first served, and never a burst after a pause. */
class PacerTests {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Pacer pacer = new Pacer(Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, INTERVAL).build()).build(), 1, scheduler);

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void servesCallersInTheOrderTheyCame() {
        List<Integer> served = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> turns = new ArrayList<>();
        for (int caller = 0; caller < 5; caller++) {
            int which = caller;
            turns.add(pacer.acquire().thenRun(() -> served.add(which)));
        }

        CompletableFuture.allOf(turns.toArray(CompletableFuture[]::new)).join();

        assertThat(served).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void releasesOneCallAtATimeAfterAPause() throws Exception {
        pacer.acquire().join();
        CountDownLatch paused = new CountDownLatch(1);
        // The pacing thread stalls (a long garbage collection, a busy machine) while calls wait.
        scheduler.execute(() -> {
            try {
                paused.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Long> servedAt = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> turns = new ArrayList<>();
        for (int caller = 0; caller < 4; caller++) {
            turns.add(pacer.acquire().thenRun(() -> servedAt.add(System.nanoTime())));
        }
        TimeUnit.MILLISECONDS.sleep(6 * INTERVAL.toMillis());
        paused.countDown();

        CompletableFuture.allOf(turns.toArray(CompletableFuture[]::new)).join();

        for (int i = 1; i < servedAt.size(); i++) {
            assertThat(Duration.ofNanos(servedAt.get(i) - servedAt.get(i - 1)))
                    .as("between calls %d and %d", i - 1, i).isGreaterThanOrEqualTo(INTERVAL.minusMillis(5));
        }
    }

    @Test
    void tellsWhenATokenIsThereWithoutTakingIt() {
        pacer.acquire().join();
        long emptiedAt = System.nanoTime();

        pacer.awaitToken().join();
        long readyAt = System.nanoTime();
        pacer.awaitToken().join();
        CompletableFuture<Void> taken = pacer.acquire();

        assertThat(Duration.ofNanos(readyAt - emptiedAt)).isGreaterThanOrEqualTo(INTERVAL.minusMillis(5));
        assertThat(Duration.ofNanos(System.nanoTime() - readyAt)).as("the token still there")
                .isLessThan(INTERVAL.minusMillis(5));
        assertThat(taken).isCompleted();
    }

    @Test
    void pacesTheNextCallFromWhenTheLastOneWasAnswered() throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        pacer.awaitToken().join();
        CompletableFuture<String> call = pacer.chargeWhenAnswered(answer);
        // The call is slow to be answered: a token taken when it left would be back by now.
        TimeUnit.MILLISECONDS.sleep(2 * INTERVAL.toMillis());
        answer.complete("ok");
        long answeredAt = System.nanoTime();

        pacer.awaitToken().join();

        assertThat(call).isCompletedWithValue("ok");
        assertThat(Duration.ofNanos(System.nanoTime() - answeredAt)).isGreaterThanOrEqualTo(INTERVAL.minusMillis(5));
    }
}
