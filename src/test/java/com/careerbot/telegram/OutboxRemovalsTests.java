package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Settled calls leave the outbox by group commit, on a real H2 database. */
class OutboxRemovalsTests {

    /** Runs tasks when the test says, to see what was submitted. */
    static final class HeldTasks implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }
    }

    @TempDir
    Path data;

    JdbcClient jdbc;
    /** Another connection: sees only what was committed. */
    JdbcClient observer;
    TransactionTemplate transactions;
    Outbox outbox;
    HeldTasks executor = new HeldTasks();
    OutboxRemovals removals;

    @BeforeEach
    void createOutbox() {
        TestDatabase database = TestDatabase.h2(data);
        database.flyway().load().migrate();
        DataSource connections = database.dataSource();
        jdbc = JdbcClient.create(connections);
        observer = database.jdbc();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
        outbox = new Outbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), Duration.ofMinutes(1), "this");
        removals = new OutboxRemovals(outbox, transactions, executor);
    }

    @Test
    void removesCallsSettledWhileACommitRunsTogetherInTheNextOne() {
        List<Long> calls = write(5);

        List<CompletableFuture<Void>> removed = calls.stream().map(call -> removals.remove(call)).toList();
        List<Integer> waitingWhenReported = new CopyOnWriteArrayList<>();
        removed.forEach(done -> done.thenRun(() -> waitingWhenReported.add(waiting())));

        assertThat(executor.tasks).as("commits asked for five calls").hasSize(1);
        assertThat(removed).noneMatch(CompletableFuture::isDone);
        assertThat(waiting()).isEqualTo(5);
        executor.tasks.poll().run();
        assertThat(removed).allMatch(done -> done.isDone() && !done.isCompletedExceptionally());
        assertThat(waitingWhenReported).as("calls still in the outbox, as another connection sees it, when each "
                + "removal was reported").containsExactly(0, 0, 0, 0, 0);
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void removesEveryCallSettledFromManyThreadsAtOnce() throws Exception {
        List<Long> calls = write(400);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            removals = new OutboxRemovals(outbox, transactions, workers);
            List<CompletableFuture<Void>> removed = senders.invokeAll(calls.stream()
                            .map(call -> (Callable<CompletableFuture<Void>>) () -> removals.remove(call)).toList())
                    .stream().map(OutboxRemovalsTests::result).toList();

            CompletableFuture.allOf(removed.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(waiting()).isZero();
        } finally {
            senders.shutdownNow();
            workers.shutdownNow();
        }
    }

    @Test
    void commitsABacklogInBoundedTransactions() {
        List<Long> calls = write(OutboxRemovals.MAX_BATCH + 1);
        List<CompletableFuture<Void>> removed = calls.stream().map(call -> removals.remove(call)).toList();

        executor.tasks.poll().run();

        assertThat(removed.stream().filter(CompletableFuture::isDone)).hasSize(OutboxRemovals.MAX_BATCH);
        assertThat(waiting()).isOne();
        assertThat(executor.tasks).as("the rest in a commit of its own").hasSize(1);
        executor.tasks.poll().run();
        assertThat(removed).allMatch(CompletableFuture::isDone);
        assertThat(waiting()).isZero();
    }

    @Test
    void reportsARemovalThatFailedSoThatTheCallIsRemovedLater() {
        List<Long> calls = write(2);
        List<CompletableFuture<Void>> removed = calls.stream().map(call -> removals.remove(call)).toList();
        jdbc.sql("ALTER TABLE telegram_outbox RENAME TO telegram_outbox_away").update();

        executor.tasks.poll().run();

        assertThat(removed).allSatisfy(done -> assertThat(done).failsWithin(Duration.ZERO)
                .withThrowableThat().havingCause().isInstanceOf(DataAccessException.class));
    }

    @Test
    void removesAtOnceWhenTheWorkersAreStopping() {
        long call = write(1).get(0);
        removals = new OutboxRemovals(outbox, transactions, new WorkersOrCaller(task -> {
            throw new RejectedExecutionException("shut down");
        }));

        CompletableFuture<Void> removed = removals.remove(call);

        assertThat(removed).isCompleted();
        assertThat(waiting()).isZero();
    }

    /** @return the ids of the calls written */
    private List<Long> write(int count) {
        transactions.executeWithoutResult(status -> outbox.add(IntStream.range(0, count)
                .mapToObj(i -> Outgoing.send(42, "answer " + i, List.of())).toList()));
        return observer.sql("SELECT id FROM telegram_outbox ORDER BY id").query(Long.class).list();
    }

    private int waiting() {
        return observer.sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single();
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
