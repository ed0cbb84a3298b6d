package com.careerbot.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of one chat in order, and the work of different chats in parallel: each chat has a lane, a chain of
 * futures. A task that waits (a rate limit, a retry pause) returns a future instead of blocking a thread, so one slow
 * chat never holds up the others. Lanes disappear when idle.
 */
class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final Executor workers;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(Executor workers) {
        this.workers = workers;
    }

    /** Queues a task behind the chat's earlier tasks; a failed task is logged and does not stop the lane. */
    CompletableFuture<Void> submit(String chat, Supplier<CompletableFuture<?>> task) {
        CompletableFuture<Void> tail = tails.compute(chat, (key, previous) -> {
            CompletableFuture<Void> after = previous == null ? CompletableFuture.completedFuture(null) : previous;
            return after.thenComposeAsync(ignored -> run(task), workers);
        });
        tail.whenComplete((ignored, error) -> tails.remove(chat, tail));
        return tail;
    }

    /** Lanes with work queued or running. */
    int busy() {
        return tails.size();
    }

    private static CompletableFuture<Void> run(Supplier<CompletableFuture<?>> task) {
        CompletableFuture<?> started;
        try {
            started = task.get();
        } catch (RuntimeException e) {
            log.error("A chat task failed", e);
            return CompletableFuture.completedFuture(null);
        }
        return started.handle((result, error) -> {
            if (error != null) {
                log.error("A chat task failed", error);
            }
            return null;
        });
    }
}
