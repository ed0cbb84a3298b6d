package com.careerbot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.careerbot.store.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one token of Telegram's send budget costs (a send takes two: its chat's and the bot's): a bucket in this JVM
 * against the bucket shared by every instance in PostgreSQL (a transaction on its row). A bucket that never runs dry,
 * so that only the bookkeeping is measured. Needs {@code CAREERBOT_TEST_POSTGRES_URL}; works in a schema of its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SendBudgetBenchmark {

    @Param({"local", "shared"})
    public String budget;

    private TestDatabase database;
    private HikariDataSource connections;
    private Bucket bucket;

    @Setup(Level.Trial)
    public void createBucket() {
        SendBuckets buckets = SendBuckets.local();
        if (budget.equals("shared")) {
            database = TestDatabase.postgres();
            database.flyway().load().migrate();
            // Pooled, as the app's connections are: a connection per token would measure connecting.
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(database.dataSource());
            connections = new HikariDataSource(pool);
            buckets = SendBuckets.shared(connections);
        }
        bucket = buckets.bucket(SendBuckets.OVERALL, Bandwidth.builder().capacity(1_000_000_000_000L)
                .refillGreedy(1_000_000_000L, Duration.ofSeconds(1)).build());
    }

    @TearDown(Level.Trial)
    public void dropSchema() {
        if (database != null) {
            connections.close();
            database.drop();
        }
    }

    @Benchmark
    public boolean takeOneToken() {
        return bucket.tryConsume(1);
    }
}
