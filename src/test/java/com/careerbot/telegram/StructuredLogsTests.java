package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Spring Boot's structured logging, as an operator turns it on, in the app's own JVM: every line is JSON, the token
 * is masked in it as in the plain lines, and what is logged while an update is handled carries its id, not its text.
 */
class StructuredLogsTests {

    private static final String PRIVATE_TEXT = "mon numéro privé est le 0612345678";

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void writesJsonLinesWithoutTheTokenOrTheMessages(String format) throws Exception {
        long chat = Updates.newChat();
        telegram.failGetUpdates(3, 502, TelegramStandIn.error(502, "Bad Gateway"));
        telegram.fail("sendMessage", chat, 1, 400, TelegramStandIn.error(400, "Bad Request: chat /bot"
                + TelegramStandIn.TOKEN + "/sendMessage not found"));
        String edit = Updates.editedText(chat, PRIVATE_TEXT);
        long editId = TelegramStandIn.JSON.readTree(edit).path("update_id").asLong();
        String lines;
        try (ChildApplication app = ChildApplication.start(data.resolve("app.log"),
                "--spring.main.web-application-type=none",
                "--logging.structured.format.console=" + format,
                "--logging.level.com.careerbot.telegram=debug",
                "--careerbot.data-directory=" + data,
                "--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(),
                "--careerbot.telegram.polling.timeout=1s",
                "--careerbot.telegram.polling.max-backoff=300ms")) {
            telegram.push(Updates.text(chat, PRIVATE_TEXT, "fr"), edit, Updates.text(chat, "/help", "fr"));
            telegram.await("sendMessage", TelegramStandIn.forChat(chat), 2, Duration.ofSeconds(60));
            TelegramChannelTests.await(() -> logOf(app).contains("Update " + editId + " ignored"));
            lines = logOf(app);
        }

        List<JsonNode> json = lines.lines().filter(line -> !line.isBlank()).map(TelegramStandIn.JSON::readTree).toList();
        assertThat(json).hasSizeGreaterThan(10);
        assertThat(json).anySatisfy(line -> assertThat(line.toString()).contains("Telegram getUpdates failing"));
        assertThat(json).filteredOn(line -> line.toString().contains("Update " + editId + " ignored"))
                .singleElement().satisfies(line -> assertThat(line.path("updateId").asText())
                        .isEqualTo(String.valueOf(editId)));
        assertThat(lines).containsIgnoringCase("Telegram refused sendmessage").doesNotContain(TelegramStandIn.TOKEN)
                .doesNotContain(TelegramStandIn.TOKEN.substring(TelegramStandIn.TOKEN.indexOf(':') + 1))
                .doesNotContain("0612345678");
    }

    private static String logOf(ChildApplication app) {
        try {
            return app.logText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
