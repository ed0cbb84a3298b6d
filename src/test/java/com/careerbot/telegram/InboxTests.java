package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox on a real H2 database. */
class InboxTests {

    static final Instant RECEIVED = Instant.parse("2026-11-27T10:00:00Z");
    static final Duration RETENTION = Duration.ofDays(1);

    @TempDir
    Path data;

    @Test
    void forgetsOldHandledUpdatesButNotThoseStillWaitingNorTheNewest() {
        TestDatabase database = TestDatabase.h2(data);
        database.flyway().load().migrate();
        DataSource connections = database.dataSource();
        JdbcClient jdbc = JdbcClient.create(connections);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
        Inbox then = inbox(jdbc, transactions, RECEIVED);
        then.store(List.of(received(1), received(2), received(3), received(4)));
        transactions.executeWithoutResult(status -> {
            then.markHandled(1);
            then.markHandled(4);
        });

        int forgotten = inbox(jdbc, transactions, RECEIVED.plus(RETENTION).plusSeconds(1)).prune(RETENTION);

        assertThat(forgotten).isOne();
        assertThat(jdbc.sql("SELECT update_id FROM telegram_update ORDER BY update_id").query(Long.class).list())
                .as("ids still known: two waiting, and the newest to resume polling after").containsExactly(2L, 3L, 4L);
        assertThat(inbox(jdbc, transactions, RECEIVED).lastUpdateId()).contains(4L);
    }

    private static Inbox inbox(JdbcClient jdbc, TransactionTemplate transactions, Instant now) {
        return new Inbox(jdbc, transactions, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(1), "this");
    }

    private static Inbox.Received received(long updateId) {
        return new Inbox.Received(updateId, "42", "{\"update_id\":" + updateId + "}", null);
    }
}
