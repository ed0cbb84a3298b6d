package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.careerbot.web.ApiClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as the recommended production flags run it: processed ahead of time when it was built, with no token and in
 * polling mode, and started with {@code -Dspring.aot.enabled=true} in a JVM of its own. Its set of beans was fixed at
 * build time; the token and the mode given at run time must still decide what runs.
 */
class AheadOfTimeIT {

    private static final String SECRET = "aot-webhook-secret";

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port = freePort();

    @TempDir
    Path data;

    @Test
    void answersOnTelegramWithTheTokenGivenAtRunTime() throws Exception {
        long chat = Updates.newChat();

        try (ChildApplication app = start("--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(), "--careerbot.telegram.polling.timeout=1s")) {
            telegram.push(Updates.text(chat, "combien gagne un dev back ?", "fr"));

            assertThat(telegram.awaitMessages(chat, 1).get(0).path("text").asText()).contains("2 500 €");
            assertThat(app.logText()).doesNotContain(TelegramStandIn.TOKEN);
        }
    }

    @Test
    void answersAnUpdatePostedToTheWebhookInWebhookMode() throws Exception {
        long chat = Updates.newChat();

        try (ChildApplication app = start("--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(), "--careerbot.telegram.mode=webhook",
                "--careerbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
                "--careerbot.telegram.webhook-secret=" + SECRET)) {
            telegram.await("setWebhook", call -> SECRET.equals(call.path("secret_token").asText()), 1,
                    Duration.ofSeconds(30));

            assertThat(postToWebhook(Updates.text(chat, "quelles études ?", "fr"), SECRET)).isEqualTo(200);
            assertThat(telegram.awaitMessages(chat, 1)).hasSize(1);
        }
    }

    @Test
    void servesTheApiWithTheTelegramChannelOffWithoutAToken() throws Exception {
        try (ChildApplication app = start()) {
            var answer = new ApiClient(port).say("aot-api-chat", "how much does a backend dev earn?");

            assertThat(answer.path("intent").path("name").asString()).isEqualTo("salary");
            assertThat(postToWebhook(Updates.text(Updates.newChat(), "salaire ?", "fr"), SECRET)).isEqualTo(404);
            awaitLog(app, "Telegram channel off");
        }
    }

    /** Starts the app ahead-of-time processed and waits until it has started; checks that it is. */
    private ChildApplication start(String... settings) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--careerbot.data-directory=" + data,
                "--server.port=" + port));
        arguments.addAll(List.of(settings));
        ChildApplication app = ChildApplication.start(data.resolve("app.log"), List.of("-Dspring.aot.enabled=true"),
                arguments.toArray(String[]::new));
        awaitLog(app, "Started CareerBotApplication");
        assertThat(app.logText()).contains("Starting AOT-processed CareerBotApplication");
        return app;
    }

    private static void awaitLog(ChildApplication app, String line) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!app.logText().contains(line)) {
            assertThat(app.isAlive()).as("the app is running (log: %s)", app.log()).isTrue();
            assertThat(System.nanoTime()).as("'%s' logged within a minute", line).isLessThan(deadline);
            TelegramChannelTests.pause(Duration.ofMillis(100));
        }
    }

    private int postToWebhook(String update, String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
