package com.careerbot.conversation;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The conversation's state on the PostgreSQL server named by {@code CAREERBOT_TEST_POSTGRES_URL}, in a schema of this
 * run's own; skipped when the variable is not set. Surefire drops the reason of a class aborted in {@code @BeforeAll}
 * (it reports no test at all), so the condition also says it on every skipped test.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = TestDatabase.POSTGRES_MISSING)
class PostgresConversationStoreTests extends AbstractConversationStoreTests {

    private static TestDatabase database;

    /** Also catches a blank variable, before any context starts. */
    @BeforeAll
    static void requirePostgres() {
        TestDatabase.assumePostgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.postgres();
        database.registerWith(registry);
    }

    @AfterAll
    static void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
