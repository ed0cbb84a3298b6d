package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away and comes back (an H2 server behind a relay the test cuts): users get a short apology,
 * nothing is lost, and the bot answers by itself once the database is back; meanwhile the app says it is not ready.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

    static final TelegramStandIn telegram = new TelegramStandIn();
    static Server database;
    static TcpProxy relay;

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TelegramTestSettings.polling(registry, telegram, data);
        database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", data.toString()).start();
        relay = new TcpProxy(database.getPort());
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/careerbot;WRITE_DELAY=0");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void stopAll() throws Exception {
        telegram.close();
        relay.close();
        database.stop();
    }

    @Test
    void apologisesDuringAnOutageAndAnswersOnceTheDatabaseIsBack() throws Exception {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "bonjour", "fr"));
        telegram.awaitMessages(chat, 1);

        relay.cut();
        telegram.push(Updates.text(chat, "combien gagne un dev back ?", "fr"));
        String apology = telegram.awaitMessages(chat, 2).get(1).path("text").asText();
        HttpResponse<String> api = chat("pendant la panne");

        relay.restore();
        String answer = telegram.awaitMessages(chat, 3).get(2).path("text").asText();

        assertThat(apology).contains("souci technique");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("souci technique");
        assertThat(answer).contains("2 500 €");
        TelegramChannelTests.pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(3);
        assertThat(chat("combien gagne un dev back ?").statusCode()).isEqualTo(200);
    }

    @Test
    void isUnreadyWhileTheDatabaseIsAwayAndReadyOnceItIsBack() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        relay.cut();
        HttpResponse<String> away = get("/actuator/health/readiness");
        HttpResponse<String> alive = get("/actuator/health/liveness");
        relay.restore();

        assertThat(away.statusCode()).isEqualTo(503);
        assertThat(away.body()).contains("\"status\":\"DOWN\"");
        assertThat(alive.statusCode()).as("alive: restarting would not bring the database back").isEqualTo(200);
        // Probed every second like an orchestrator would: the pool checks a connection that sat idle half a second.
        int ready = 503;
        for (int probe = 0; probe < 20 && ready != 200; probe++) {
            TelegramChannelTests.pause(Duration.ofSeconds(1));
            ready = get("/actuator/health/readiness").statusCode();
        }
        assertThat(ready).as("ready again").isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chat(String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"chatId\":\"outage\",\"text\":\"" + text + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
