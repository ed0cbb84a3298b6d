package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What an operator sees of a running bot: health and its probes, the Telegram channel's state while the Bot API
 * fails, and the Prometheus metrics of a scripted conversation over Telegram.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoint.health.show-details=always", "careerbot.review.enabled=true"})
class OperationsTests {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
    }

    @Test
    void countsAScriptedConversationInPrometheus() throws Exception {
        String before = get("/actuator/prometheus").body();
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "combien gagne un dev back ?", "fr"));
        telegram.awaitMessages(chat, 1);
        telegram.push(Updates.text(chat, "quelles études pour être infirmière ?", "fr"));
        telegram.awaitMessages(chat, 2);
        telegram.push(Updates.text(chat, "/quiz", "fr"));
        JsonNode question = telegram.awaitMessages(chat, 4).get(3);
        for (int index = 1; index <= 10; index++) {
            String payload = TelegramChannelTests.buttons(question).get(index % 4).path("callback_data").asText();
            telegram.push(Updates.press(chat, TelegramStandIn.messageIdOf(question), payload, "fr"));
            question = telegram.awaitMessages(chat, 4 + index).get(3 + index);
        }
        telegram.push(Updates.text(chat, "/forget", "fr"));
        telegram.awaitMessages(chat, 15);

        get("/actuator/health");
        String metrics = get("/actuator/prometheus").body();
        BiFunction<String, Map<String, String>, Double> grew = (name, labels) -> increase(before, metrics, name, labels);

        assertThat(grew.apply("careerbot_turns_total", Map.of("intent", "salary", "language", "fr"))).isEqualTo(1);
        assertThat(grew.apply("careerbot_turns_total", Map.of("outcome", "out_of_scope"))).isEqualTo(1);
        assertThat(grew.apply("careerbot_turns_total", Map.of("outcome", "quiz"))).isEqualTo(11);
        assertThat(grew.apply("careerbot_turns_total", Map.of())).isEqualTo(14);
        assertThat(grew.apply("careerbot_updates_received_total", Map.of("channel", "telegram", "type", "message")))
                .isEqualTo(2);
        assertThat(grew.apply("careerbot_updates_received_total", Map.of("channel", "telegram", "type", "command")))
                .isEqualTo(2);
        assertThat(grew.apply("careerbot_updates_received_total", Map.of("channel", "telegram", "type", "button")))
                .isEqualTo(10);
        assertThat(grew.apply("careerbot_turn_duration_seconds_count", Map.of("channel", "telegram"))).isEqualTo(14);
        assertThat(grew.apply("careerbot_turn_duration_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(14);
        assertThat(grew.apply("careerbot_quizzes_total", Map.of("event", "started"))).isEqualTo(1);
        assertThat(grew.apply("careerbot_quizzes_total", Map.of("event", "completed"))).isEqualTo(1);
        assertThat(grew.apply("careerbot_quizzes_total", Map.of("event", "cancelled"))).isZero();
        assertThat(grew.apply("careerbot_quizzes_total", Map.of("event", "expired"))).isZero();
        assertThat(grew.apply("careerbot_forgets_total", Map.of())).isEqualTo(1);
        assertThat(grew.apply("careerbot_telegram_api_calls_seconds_count",
                Map.of("method", "sendmessage", "status", "2xx"))).isGreaterThanOrEqualTo(15);
        assertThat(grew.apply("careerbot_telegram_api_calls_seconds_count",
                Map.of("method", "editmessagetext", "status", "2xx"))).isEqualTo(10);
        assertThat(grew.apply("careerbot_telegram_api_calls_seconds_count", Map.of("method", "getupdates")))
                .isPositive();
        for (String gauge : List.of("careerbot_telegram_inbox_pending", "careerbot_telegram_inbox_oldest_age_seconds",
                "careerbot_telegram_outbox_pending", "careerbot_telegram_outbox_oldest_age_seconds")) {
            assertThat(sum(metrics, gauge, Map.of())).as(gauge).isNotNaN().isGreaterThanOrEqualTo(0);
        }
        assertThat(metrics).contains("careerbot_telegram_throttled_total",
                "careerbot_telegram_throttled_wait_seconds_total", "careerbot_database_errors_total",
                "jvm_memory_used_bytes", "http_server_requests_seconds_count")
                .doesNotContain("\"" + chat + "\"").doesNotContain("infirmière").doesNotContain(TelegramStandIn.TOKEN);
        assertThat(jdbc.sql("SELECT message FROM review_question").query(String.class).list())
                .as("kept for review, linked to no chat").containsExactly("quelles études pour être infirmière ?");
    }

    @Test
    void countsThrottlingAndSendsGivenUp() throws Exception {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 1, 429, TelegramStandIn.tooManyRequests(1));
        telegram.push(Updates.text(chat, "/help", "en"));
        telegram.awaitMessages(chat, 1);
        long gaveUp = Updates.newChat();
        telegram.fail("sendMessage", gaveUp, 5, 500, TelegramStandIn.error(500, "Internal Server Error"));
        telegram.push(Updates.text(gaveUp, "/help", "en"));
        telegram.awaitMessages(gaveUp, 6);

        String metrics = get("/actuator/prometheus").body();

        assertThat(sum(metrics, "careerbot_telegram_throttled_total", Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(sum(metrics, "careerbot_telegram_throttled_wait_seconds_total", Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(sum(metrics, "careerbot_telegram_sends_given_up_total", Map.of("method", "sendmessage")))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(metrics, "careerbot_telegram_api_calls_seconds_count",
                Map.of("method", "sendmessage", "status", "5xx"))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void showsTheTelegramChannelFailingWithoutMakingTheAppUnready() throws Exception {
        assertThat(health("/actuator/health/liveness").path("status").asText()).isEqualTo("UP");
        assertThat(health("/actuator/health/readiness").path("components").propertyNames())
                .containsExactlyInAnyOrder("db", "intentModels", "readinessState");

        telegram.failGetUpdates(15, 502, "<html>Bad Gateway</html>");
        TelegramChannelTests.await(() -> health("/actuator/health").path("components").path("telegram")
                .path("status").asText().equals("DEGRADED"));
        HttpResponse<String> failing = get("/actuator/health");
        HttpResponse<String> ready = get("/actuator/health/readiness");

        JsonNode telegramHealth = TelegramStandIn.JSON.readTree(failing.body()).path("components").path("telegram");
        assertThat(failing.statusCode()).isEqualTo(200);
        assertThat(TelegramStandIn.JSON.readTree(failing.body()).path("status").asText()).isEqualTo("UP");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(telegramHealth.path("details").path("state").asText()).isEqualTo("polling");
        assertThat(telegramHealth.path("details").path("lastError").asText()).isEqualTo("HTTP 502");
        assertThat(telegramHealth.path("details").path("consecutiveFailures").asInt()).isPositive();
        assertThat(failing.body()).doesNotContain(TelegramStandIn.TOKEN)
                .doesNotContain(TelegramStandIn.TOKEN.substring(TelegramStandIn.TOKEN.indexOf(':') + 1))
                .doesNotContain("/bot");

        TelegramChannelTests.await(() -> health("/actuator/health").path("components").path("telegram")
                .path("status").asText().equals("UP"));
        assertThat(health("/actuator/health").path("components").path("telegram").path("details")
                .path("lastSuccessfulCall").asText()).isNotEmpty();
    }

    /** The metrics that exist from the start; those of rarer events appear with the first one. */
    @Test
    void exportsEveryMetricTheDashboardReads() throws Exception {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "/help", "en"));
        telegram.awaitMessages(chat, 1);
        String dashboard = Files.readString(Path.of("docs/grafana-dashboard.json"));
        String metrics = get("/actuator/prometheus").body();
        Matcher names = Pattern.compile("careerbot_[a-z_]+").matcher(dashboard);
        Set<String> read = new TreeSet<>();
        while (names.find()) {
            read.add(names.group());
        }

        assertThat(read).hasSizeGreaterThan(10);
        assertThat(read).filteredOn(name -> !name.startsWith("careerbot_telegram_sends_"))
                .allSatisfy(name -> assertThat(metrics).contains(name));
    }

    private JsonNode health(String path) {
        try {
            return TelegramStandIn.JSON.readTree(get(path).body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How much a metric grew between two scrapes; from 0 if it was not there yet. */
    static double increase(String before, String after, String name, Map<String, String> labels) {
        return sum(after, name, labels) - sumOrZero(before, name, labels);
    }

    private static double sumOrZero(String metrics, String name, Map<String, String> labels) {
        try {
            return sum(metrics, name, labels);
        } catch (AssertionError absent) {
            return 0;
        }
    }

    /** The sum of a metric's samples whose labels include these, in Prometheus' text format. */
    static double sum(String metrics, String name, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : metrics.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> actual = new java.util.HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                actual.put(label.group(1), label.group(2));
            }
            if (actual.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(3));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("No sample of " + name + " with " + labels + " in:\n" + metrics.lines()
                    .filter(line -> line.startsWith("careerbot")).collect(java.util.stream.Collectors.joining("\n")));
        }
        return sum;
    }
}
