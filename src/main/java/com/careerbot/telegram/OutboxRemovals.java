package com.careerbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes settled calls from the outbox by group commit: calls settled while a removal commits are removed together in
 * the next transaction, so that under load a commit serves many messages instead of one each (commits were a sixth of
 * the CPU per message, docs/benchmarks.md). A removal is reported done only once committed, so that a chat's next call
 * goes out after its previous one is durably settled, as with a commit per call.
 */
class OutboxRemovals {

    /** Bounds one transaction, so that a backlog does not hold locks for long. */
    static final int MAX_BATCH = 256;

    private record Removal(long id, CompletableFuture<Void> done) {
    }

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Queue<Removal> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    /** @param executor runs the commits: the channel's {@link WorkersOrCaller}, so that a stop does not drop one */
    OutboxRemovals(Outbox outbox, TransactionTemplate transactions, Executor executor) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.executor = executor;
    }

    /**
     * @return completes once the call's removal has committed; exceptionally with the database's error when it failed
     */
    CompletableFuture<Void> remove(long id) {
        Removal removal = new Removal(id, new CompletableFuture<>());
        waiting.add(removal);
        commitWhenIdle();
        return removal.done();
    }

    private void commitWhenIdle() {
        if (waiting.isEmpty() || !committing.compareAndSet(false, true)) {
            return;
        }
        executor.execute(this::commitWaiting);
    }

    private void commitWaiting() {
        List<Removal> batch = new ArrayList<>();
        for (Removal removal; batch.size() < MAX_BATCH && (removal = waiting.poll()) != null; ) {
            batch.add(removal);
        }
        Throwable failure = null;
        try {
            transactions.executeWithoutResult(status -> batch.forEach(removal -> outbox.delete(removal.id())));
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            // The next batch commits while this one's chats go on with their next calls.
            committing.set(false);
            commitWhenIdle();
        }
        for (Removal removal : batch) {
            if (failure == null) {
                removal.done().complete(null);
            } else {
                removal.done().completeExceptionally(failure);
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
