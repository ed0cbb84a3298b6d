package com.careerbot.telegram;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Hands out a bucket's tokens first come, first served, each only once it is there. Bucket4j's own scheduling
 * reserves tokens ahead of time: after a pause (a garbage collection, a busy machine) every reservation that fell due
 * meanwhile fires at once, and Telegram sees a burst over its limit. Taken when due, a bucket of one token cannot
 * release more than one call after a pause.
 */
final class Pacer {

    private final Bucket bucket;
    private final long capacity;
    private final ScheduledExecutorService scheduler;
    private final Queue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    /** Set while one thread hands out tokens, or while a hand-out is scheduled for when the next token is due. */
    private final AtomicBoolean handingOut = new AtomicBoolean();

    Pacer(Bucket bucket, long capacity, ScheduledExecutorService scheduler) {
        this.bucket = bucket;
        this.capacity = capacity;
        this.scheduler = scheduler;
    }

    /** Completes once this caller's token is taken, after those of earlier callers. */
    CompletableFuture<Void> acquire() {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        waiting.add(turn);
        if (handingOut.compareAndSet(false, true)) {
            handOut();
        }
        return turn;
    }

    /**
     * Completes once a token is there, without taking it: for a caller that must wait for another limit too and takes
     * this token later ({@link #chargeWhenAnswered}).
     */
    CompletableFuture<Void> awaitToken() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        checkToken(ready);
        return ready;
    }

    private void checkToken(CompletableFuture<Void> ready) {
        try {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (probe.canBeConsumed()) {
                ready.complete(null);
            } else {
                scheduler.schedule(() -> checkToken(ready), probe.getNanosToWaitForRefill(), TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException stopped) {
            ready.completeExceptionally(stopped);
        }
    }

    /**
     * Takes a token once the call is answered, whatever the answer, even when that leaves the bucket owing one: for
     * calls made one at a time after {@link #awaitToken()}, paced from when the previous one was done.
     */
    <T> CompletableFuture<T> chargeWhenAnswered(CompletableFuture<T> call) {
        return call.whenComplete((result, error) -> {
            try {
                bucket.consumeIgnoringRateLimits(1);
            } catch (RuntimeException unavailable) {
                // The budget cannot be written (the database): this call goes uncounted rather than failing.
            }
        });
    }

    /** Whether nobody waits and the bucket is full again: quiet long enough to be forgotten. */
    boolean idle() {
        return waiting.isEmpty() && bucket.getAvailableTokens() >= capacity;
    }

    private void handOut() {
        try {
            handOutInOrder();
        } catch (RuntimeException stopped) {
            // The scheduler refuses work once the channel stops: the waiting calls fail rather than hang.
            handingOut.set(false);
            for (CompletableFuture<Void> turn = waiting.poll(); turn != null; turn = waiting.poll()) {
                turn.completeExceptionally(stopped);
            }
        }
    }

    private void handOutInOrder() {
        while (true) {
            CompletableFuture<Void> next = waiting.peek();
            if (next == null) {
                handingOut.set(false);
                // A caller may have queued after the peek but before the flag was cleared.
                if (waiting.isEmpty() || !handingOut.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                scheduler.schedule(this::handOut, probe.getNanosToWaitForRefill(), TimeUnit.NANOSECONDS);
                return;
            }
            waiting.poll();
            next.complete(null);
        }
    }
}
