package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox's schema upgrade (V4) on PostgreSQL, the production database, with rows the previous version left: an
 * update still waiting is handled after the upgrade, a handled one is still recognised. Skipped when
 * {@code CAREERBOT_TEST_POSTGRES_URL} is not set; H2 is covered by {@link InboxRecoveryTests}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = TestDatabase.POSTGRES_MISSING)
class PostgresInboxMigrationTests {

    @Test
    void keepsWaitingUpdatesAndTheIdsOfHandledOnesThroughTheUpgrade() {
        TestDatabase database = TestDatabase.postgres();
        try {
            database.flyway().target("3").load().migrate();
            JdbcClient jdbc = database.jdbc();
            Instant stored = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp now = Timestamp.from(stored);
            Timestamp leased = Timestamp.from(stored.plus(Duration.ofMinutes(5)));
            jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, received_at, owner, locked_until) "
                    + "VALUES (1, '42', ?, 'previous-version', ?)").params(now, leased).update();
            jdbc.sql("INSERT INTO telegram_update_payload (update_id, payload) VALUES (1, '{\"update_id\":1}')").update();
            jdbc.sql("INSERT INTO telegram_update (update_id, received_at, owner, locked_until, handled_at) "
                    + "VALUES (2, ?, 'previous-version', ?, ?)").params(now, now, now).update();

            database.flyway().load().migrate();

            assertThat(jdbc.sql("SELECT update_id, chat_key, payload, owner, locked_until FROM telegram_pending_update")
                    .query().listOfRows()).singleElement().satisfies(row -> {
                        assertThat(row.get("update_id")).isEqualTo(1L);
                        assertThat(row.get("chat_key")).isEqualTo("42");
                        assertThat(row.get("payload")).isEqualTo("{\"update_id\":1}");
                        assertThat(row.get("owner")).isEqualTo("previous-version");
                        assertThat(((Timestamp) row.get("locked_until")).toInstant()).isEqualTo(leased.toInstant());
                    });
            assertThat(jdbc.sql("SELECT update_id FROM telegram_update ORDER BY update_id").query(Long.class).list())
                    .containsExactly(1L, 2L);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables "
                            + "WHERE table_schema = current_schema() AND table_name = 'telegram_update_payload'")
                    .query(Integer.class).single()).as("the old payload table").isZero();
        } finally {
            database.drop();
        }
    }
}
