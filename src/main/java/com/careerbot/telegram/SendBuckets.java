package com.careerbot.telegram;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Where Telegram's sending limits are counted: in this JVM when it is the only instance (H2), or in PostgreSQL, one
 * row per bucket in {@code telegram_send_bucket}, so that N instances on one database share one budget. A shared
 * bucket costs a transaction on its row per token taken (docs/benchmarks.md, "Issue 20").
 */
final class SendBuckets {

    /** The bot's overall limit; chats have their own ids, never 0 in the Bot API. */
    static final long OVERALL = 0;
    /** A chat's bucket is removed once full again and this long untouched. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);
    private static final int REMOVED_PER_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<Long> shared;

    private SendBuckets(PostgreSQLSelectForUpdateBasedProxyManager<Long> shared) {
        this.shared = shared;
    }

    /** Buckets in this JVM: one instance. */
    static SendBuckets local() {
        return new SendBuckets(null);
    }

    /** Buckets in the PostgreSQL database every instance uses. */
    static SendBuckets shared(DataSource postgres) {
        return new SendBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(postgres)
                .table("telegram_send_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                .build());
    }

    Bucket bucket(long key, Bandwidth limit) {
        if (shared == null) {
            return Bucket.builder().addLimit(limit).build();
        }
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit).build();
        return shared.builder().build(key, () -> configuration);
    }

    /** Removes the rows of buckets that have been full long enough (shared buckets only). */
    void removeExpired() {
        if (shared != null) {
            while (shared.removeExpired(REMOVED_PER_BATCH) == REMOVED_PER_BATCH) {
                // Another batch: a backlog is removed in bounded transactions.
            }
        }
    }
}
