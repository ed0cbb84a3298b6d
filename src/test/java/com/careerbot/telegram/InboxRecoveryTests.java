package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.careerbot.CareerBotApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a crashed instance left behind (updates stored but not handled, answers written but not sent) is handled at
 * the next start, once, and leaves no message text behind.
 */
class InboxRecoveryTests {

    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    Path data;

    @AfterAll
    static void stopStandIn() {
        telegram.close();
    }

    @Test
    void handlesWhatACrashedInstanceLeftExactlyOnce() {
        String url = "jdbc:h2:file:" + data.resolve("careerbot");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        long asked = Updates.newChat();
        long answered = Updates.newChat();
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp stillLeased = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
        for (String question : List.of("combien gagne un dev back ?", "quelles études ?", "c'est quoi les idées reçues ?")) {
            long id = Updates.nextId();
            jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, received_at, owner, locked_until) "
                            + "VALUES (?, ?, ?, 'crashed-instance', ?)")
                    .params(id, String.valueOf(asked), now, stillLeased).update();
            jdbc.sql("INSERT INTO telegram_update_payload (update_id, payload) VALUES (?, ?)")
                    .params(id, Updates.text(id, asked, question, "fr")).update();
        }
        jdbc.sql("INSERT INTO telegram_outbox (chat_id, body, created_at, owner, locked_until) "
                        + "VALUES (?, ?, ?, 'crashed-instance', ?)")
                .params(answered, JsonMapper.builder().build().writeValueAsString(
                        Outgoing.send(answered, "<b>Written before the crash</b>", List.of())), now, stillLeased)
                .update();

        try (ConfigurableApplicationContext app = start(url)) {
            telegram.awaitMessages(asked, 3);
            telegram.awaitMessages(answered, 1);
            TelegramChannelTests.pause(Duration.ofSeconds(1));

            assertThat(telegram.calls("sendMessage", asked)).hasSize(3);
            assertThat(telegram.calls("sendMessage", answered)).singleElement()
                    .satisfies(message -> assertThat(message.path("text").asText()).contains("Written before the crash"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update_payload").query(Integer.class).single())
                    .as("messages still kept").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update WHERE chat_key IS NOT NULL")
                    .query(Integer.class).single()).as("handled updates still naming their chat").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void handlesUpdatesStoredByThePreviousSchemaAfterTheUpgrade() {
        String url = "jdbc:h2:file:" + data.resolve("careerbot");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        // Version 2 kept the update's payload in telegram_update; version 3 moves it to a table of its own.
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();
        long chat = Updates.newChat();
        long id = Updates.nextId();
        jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, payload, received_at, owner, locked_until) "
                        + "VALUES (?, ?, ?, ?, 'previous-version', ?)")
                .params(id, String.valueOf(chat), Updates.text(id, chat, "combien gagne un dev back ?", "fr"),
                        Timestamp.from(Instant.now()), Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
                .update();

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(telegram.awaitMessages(chat, 1).get(0).path("text").asText()).contains("2 500 €");
            TelegramChannelTests.pause(Duration.ofMillis(500));

            assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update_payload").query(Integer.class).single())
                    .as("messages still kept").isZero();
            assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
        }
    }

    @Test
    void sendsNothingAgainAfterARestart() {
        String url = "jdbc:h2:file:" + data.resolve("careerbot");
        long chat = Updates.newChat();
        try (ConfigurableApplicationContext app = start(url)) {
            telegram.push(Updates.text(Updates.nextId(), chat, "combien gagne un dev back ?", "fr"));
            telegram.awaitMessages(chat, 1);
        }

        try (ConfigurableApplicationContext app = start(url)) {
            TelegramChannelTests.pause(Duration.ofSeconds(1));

            assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
            assertThat(JdbcClient.create(new DriverManagerDataSource(url, "sa", ""))
                    .sql("SELECT COUNT(*) FROM telegram_outbox").query(Integer.class).single()).isZero();
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
