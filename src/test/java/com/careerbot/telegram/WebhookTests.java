package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Webhook mode: Telegram posts updates to the app, which checks the secret, stores them and answers at once. */
@DirtiesContext
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

    @Test
    void rejectsABodyThatIsNotAnUpdate() throws Exception {
        assertThat(post("{not json", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("{\"hello\":1}", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("", SECRET).statusCode()).isEqualTo(400);
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
