package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Startup calls, and getUpdates failing in the ways Telegram fails. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class PollingFaultsTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
    }

    @Test
    void registersLocalisedCommandsAndDescriptions() {
        List<JsonNode> commands = telegram.await("setMyCommands", call -> true, 3, Duration.ofSeconds(10));
        JsonNode french = commands.stream().filter(call -> call.path("language_code").asText().equals("fr"))
                .findFirst().orElseThrow();
        JsonNode english = commands.stream().filter(call -> call.path("language_code").asText().equals("en"))
                .findFirst().orElseThrow();
        assertThat(french.path("scope").path("type").asText()).isEqualTo("default");
        assertThat(french.path("commands")).extracting(command -> command.path("command").asText())
                .containsExactly("start", "help", "quiz", "cancel", "language", "forget");
        assertThat(french.path("commands").get(2).path("description").asText()).contains("fait pour moi");
        assertThat(english.path("commands").get(2).path("description").asText()).contains("for me");

        List<JsonNode> descriptions = telegram.await("setMyDescription", call -> true, 3, Duration.ofSeconds(10));
        assertThat(descriptions).anySatisfy(call -> assertThat(call.path("description").asText())
                .contains("développeur·euse backend"));
        telegram.await("setMyShortDescription", call -> true, 3, Duration.ofSeconds(10));
    }

    /** A start saves the call: Telegram says so when a webhook blocks polling ({@link PollingAfterWebhookTests}). */
    @Test
    void pollsWithoutDeletingAWebhookWhenNoneIsSet() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "salaire ?", "fr"));

        telegram.awaitMessages(chat, 1);
        assertThat(telegram.answeredCalls()).noneMatch(call -> call.startsWith("deletewebhook"));
    }

    @Test
    void waitsTheRetryAfterOfA429OnGetUpdates() {
        telegram.failGetUpdates(1, 429, TelegramStandIn.tooManyRequests(2));
        telegram.awaitStatus("getUpdates", 429, 1);
        long start = System.nanoTime();
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "salaire ?", "fr"));

        telegram.awaitMessages(chat, 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1800));
    }

    @Test
    void logsAFailureStreakOnceWithItsReasonAndItsEnd(CapturedOutput output) {
        telegram.failGetUpdates(4, 502, TelegramStandIn.error(502, "Bad Gateway"));
        telegram.awaitStatus("getUpdates", 502, 4);
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "hello", "en"));

        telegram.awaitMessages(chat, 1);
        assertThat(output.getAll().split("Telegram getUpdates failing", -1)).as("streaks logged").hasSize(2);
        assertThat(output.getAll()).contains("[502] ").contains("Bad Gateway")
                .contains("Telegram getUpdates working again after 4 failures");
    }
}
