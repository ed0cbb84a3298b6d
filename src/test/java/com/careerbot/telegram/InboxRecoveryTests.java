package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.careerbot.CareerBotApplication;
import com.careerbot.store.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a crashed instance left behind (updates stored but not handled, answers written but not sent) is handled at
 * the next start, once, and leaves no message text behind.
 */
class InboxRecoveryTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    Path data;

    @Test
    void handlesWhatACrashedInstanceLeftExactlyOnce() {
        JdbcClient jdbc = databaseAt("latest");
        long asked = Updates.newChat();
        long answered = Updates.newChat();
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp stillLeased = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
        for (String question : List.of("combien gagne un dev back ?", "quelles études ?", "c'est quoi les idées reçues ?")) {
            long id = Updates.nextId();
            jdbc.sql("INSERT INTO telegram_update (update_id, received_at) VALUES (?, ?)").params(id, now).update();
            jdbc.sql("INSERT INTO telegram_pending_update (update_id, chat_key, payload, owner, locked_until) "
                            + "VALUES (?, ?, ?, 'crashed-instance', ?)")
                    .params(id, String.valueOf(asked), Updates.text(id, asked, question, "fr"), stillLeased).update();
        }
        jdbc.sql("INSERT INTO telegram_outbox (chat_id, body, created_at, owner, locked_until) "
                        + "VALUES (?, ?, ?, 'crashed-instance', ?)")
                .params(answered, JsonMapper.builder().build().writeValueAsString(
                        Outgoing.send(answered, "<b>Written before the crash</b>", List.of())), now, stillLeased)
                .update();

        try (ConfigurableApplicationContext app = start(url())) {
            telegram.awaitMessages(asked, 3);
            telegram.awaitMessages(answered, 1);
            TelegramChannelTests.pause(Duration.ofSeconds(1));

            assertThat(telegram.calls("sendMessage", asked)).hasSize(3);
            assertThat(telegram.calls("sendMessage", answered)).singleElement()
                    .satisfies(message -> assertThat(message.path("text").asText()).contains("Written before the crash"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_pending_update").query(Integer.class).single())
                    .as("messages still kept").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update").query(Integer.class).single())
                    .as("ids kept to recognise duplicates").isEqualTo(3);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void handlesAnUpdateStoredBySchemaVersion2AfterTheUpgrade() {
        // Version 2 kept the update's payload in telegram_update.
        JdbcClient jdbc = databaseAt("2");
        long chat = Updates.newChat();
        long id = Updates.nextId();
        jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, payload, received_at, owner, locked_until) "
                        + "VALUES (?, ?, ?, ?, 'previous-version', ?)")
                .params(id, String.valueOf(chat), Updates.text(id, chat, "combien gagne un dev back ?", "fr"),
                        Timestamp.from(Instant.now()), Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
                .update();

        answersOnceAfterTheUpgrade(jdbc, chat);
    }

    @Test
    void handlesAnUpdateStoredBySchemaVersion3AfterTheUpgrade() {
        // Version 3 kept the payload in a table of its own and marked handled updates in telegram_update.
        JdbcClient jdbc = databaseAt("3");
        long chat = Updates.newChat();
        long id = Updates.nextId();
        jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, received_at, owner, locked_until) "
                        + "VALUES (?, ?, ?, 'previous-version', ?)")
                .params(id, String.valueOf(chat), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
                .update();
        jdbc.sql("INSERT INTO telegram_update_payload (update_id, payload) VALUES (?, ?)")
                .params(id, Updates.text(id, chat, "combien gagne un dev back ?", "fr")).update();
        long handled = Updates.nextId();
        jdbc.sql("INSERT INTO telegram_update (update_id, received_at, owner, locked_until, handled_at) "
                        + "VALUES (?, ?, 'previous-version', ?, ?)")
                .params(handled, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())).update();

        answersOnceAfterTheUpgrade(jdbc, chat);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update WHERE update_id = ?").param(handled)
                .query(Integer.class).single()).as("a handled update still recognised").isOne();
    }

    private JdbcClient databaseAt(String schemaVersion) {
        TestDatabase database = TestDatabase.h2(data);
        database.flyway().target(schemaVersion).load().migrate();
        return database.jdbc();
    }

    private void answersOnceAfterTheUpgrade(JdbcClient jdbc, long chat) {
        try (ConfigurableApplicationContext app = start(url())) {
            assertThat(telegram.awaitMessages(chat, 1).get(0).path("text").asText()).contains("2 500 €");
            TelegramChannelTests.pause(Duration.ofMillis(500));

            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_pending_update").query(Integer.class).single())
                    .as("messages still kept").isZero();
            assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + data.resolve("careerbot");
    }

    @Test
    void sendsNothingAgainAfterARestart() {
        String url = url();
        long chat = Updates.newChat();
        try (ConfigurableApplicationContext app = start(url)) {
            telegram.push(Updates.text(Updates.nextId(), chat, "combien gagne un dev back ?", "fr"));
            telegram.awaitMessages(chat, 1);
        }

        try (ConfigurableApplicationContext app = start(url)) {
            TelegramChannelTests.pause(Duration.ofSeconds(1));

            assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
            assertThat(TestDatabase.h2(data).jdbc()
                    .sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void settlesAnAnswerStillOnItsWayWhenStoppedAndSendsItOnce() throws Exception {
        String url = url();
        long chat = Updates.newChat();
        try (AutoCloseable slowNetwork = telegram.answerLate("sendMessage", Duration.ofSeconds(2))) {
            try (ConfigurableApplicationContext app = start(url)) {
                telegram.push(Updates.text(Updates.nextId(), chat, "combien gagne un dev back ?", "fr"));
                // Stopped while the answer is on its way: written to the outbox, Telegram slow to confirm it.
                JdbcClient database = app.getBean(JdbcClient.class);
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> database
                        .sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single() == 1);
            }
        }

        try (ConfigurableApplicationContext app = start(url)) {
            TelegramChannelTests.pause(Duration.ofSeconds(1));

            assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareerBotApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url,
                "--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(),
                "--careerbot.telegram.polling.timeout=1s",
                "--careerbot.telegram.inbox.sweep-interval=200ms");
    }
}
