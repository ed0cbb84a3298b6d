package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Webhook mode: Telegram posts updates to the app, which checks the secret, stores them and answers at once. */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookTests {

    static final String SECRET = "webhook-secret-for-tests_0123";
    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.common(registry, telegram, data);
        registry.add("careerbot.telegram.mode", () -> "webhook");
        registry.add("careerbot.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
        registry.add("careerbot.telegram.webhook-secret", () -> SECRET);
    }

    @Test
    void registersTheWebhookWithItsSecretAndNeverPolls() {
        JsonNode webhook = telegram.await("setWebhook", call -> true, 1, Duration.ofSeconds(10)).get(0);

        assertThat(webhook.path("url").asText()).isEqualTo("https://bot.example.org/telegram/webhook");
        assertThat(webhook.path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(telegram.calls("getUpdates")).isEmpty();
    }

    @Test
    void answersAnUpdatePostedWithTheRightSecret() throws Exception {
        long chat = Updates.newChat();

        HttpResponse<String> response = post(Updates.text(chat, "combien gagne un dev back ?", "fr"), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(telegram.awaitMessages(chat, 1).get(0).path("text").asText()).contains("2 500 €");
    }

    @Test
    void refusesAWrongOrMissingSecretAndSendsNothing() throws Exception {
        long chat = Updates.newChat();
        String update = Updates.text(chat, "salaire ?", "fr");

        assertThat(post(update, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post(update, SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(post(update, null).statusCode()).isEqualTo(401);

        TelegramChannelTests.pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", chat)).isEmpty();
    }

    @Test
    void answersTheSameUpdatePostedTwiceOnce() throws Exception {
        long chat = Updates.newChat();
        String update = Updates.text(chat, "quelles études ?", "fr");

        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);

        telegram.awaitMessages(chat, 1);
        TelegramChannelTests.pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
    }

    /** Bodies Telegram never sends, each with what is wrong with it: 400, never a 500 that Telegram would retry. */
    static Stream<Arguments> bodiesThatAreNotUpdates() {
        String chat = "\"chat\":{\"id\":7,\"type\":\"private\",\"first_name\":\"Ana\"}";
        String from = "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ana\"}";
        return Stream.of(
                Arguments.of("JSON null", "null"),
                Arguments.of("a number", "42"),
                Arguments.of("a string", "\"update\""),
                Arguments.of("an array of updates", "[" + Updates.text(7, "salut", "fr") + "]"),
                Arguments.of("an object without update_id", "{\"hello\":1}"),
                Arguments.of("update_id null", "{\"update_id\":null}"),
                Arguments.of("update_id not a number", "{\"update_id\":\"abc\"}"),
                Arguments.of("a message without chat", "{\"update_id\":" + Updates.nextId()
                        + ",\"message\":{\"message_id\":1,\"date\":1700000000," + from + ",\"text\":\"salut\"}}"),
                Arguments.of("a chat without id", "{\"update_id\":" + Updates.nextId()
                        + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"type\":\"private\"},"
                        + from + ",\"text\":\"salut\"}}"),
                Arguments.of("a message that is a string", "{\"update_id\":" + Updates.nextId()
                        + ",\"message\":\"salut\"}"),
                Arguments.of("a button press without sender", "{\"update_id\":" + Updates.nextId()
                        + ",\"callback_query\":{\"id\":\"cb\",\"chat_instance\":\"ci\",\"data\":\"ask:salary\"}}"),
                Arguments.of("a button press on a message without chat", "{\"update_id\":" + Updates.nextId()
                        + ",\"callback_query\":{\"id\":\"cb\",\"chat_instance\":\"ci\",\"data\":\"ask:salary\","
                        + from + ",\"message\":{\"message_id\":3,\"date\":1700000000}}}"),
                Arguments.of("a member update without chat", "{\"update_id\":" + Updates.nextId()
                        + ",\"my_chat_member\":{" + from + ",\"date\":1700000000}}"),
                Arguments.of("JSON cut short", "{\"update_id\":" + Updates.nextId() + ",\"message\":{" + chat),
                Arguments.of("not JSON", "{not json"),
                Arguments.of("an empty body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesThatAreNotUpdates")
    void answers400ToABodyThatIsNotAnUpdate(String what, String body, CapturedOutput output) throws Exception {
        assertThat(post(body, SECRET).statusCode()).as(what).isEqualTo(400);

        TelegramChannelTests.pause(Duration.ofMillis(300));
        assertThat(output.getAll()).as("log after " + what).doesNotContain(" ERROR ");
    }

    @Test
    void refusesABodyLargerThanAnyUpdate() throws Exception {
        // Over the 1 MB an update may take, under the 2 MB Tomcat drains from a request it answered early.
        String huge = Updates.text(Updates.newChat(), "x".repeat(1_500_000), "fr");

        assertThat(post(huge, SECRET).statusCode()).isEqualTo(400);
        assertThat(post(huge, "wrong-secret").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
