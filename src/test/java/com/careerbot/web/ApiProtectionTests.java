package com.careerbot.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careerbot.web.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration API once exposed: an API key, and the production rate limit (20 messages a minute) counted per
 * client address. The app runs as behind a reverse proxy ({@code server.forward-headers-strategy=native}, the proxy
 * on the loopback) and each test names a client address of its own in {@code X-Forwarded-For}, so that one test's
 * messages do not use up another's allowance.
 */
@TestPropertySource(properties = {
        "careerbot.web.api-key=" + ApiProtectionTests.KEY,
        "careerbot.web.rate-limit.per-minute=20", "careerbot.web.rate-limit.burst=20",
        "server.forward-headers-strategy=native"})
class ApiProtectionTests extends WholeApplication {

    static final String KEY = "k3y-for-tests-only";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersTheApiWithTheRightBearerKey() throws Exception {
        HttpResponse<String> response = post("203.0.113.10", "/api/chat", "Bearer " + KEY);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Bearer wrong", "Bearer " + KEY + "x", "Bearer k3y", "Basic " + KEY, KEY, "Bearer "})
    void refusesTheApiWithoutTheKeyWith401AndAProblem(String authorization) throws Exception {
        for (String path : new String[]{"/api/chat", "/api/parse"}) {
            HttpResponse<String> response = post("203.0.113.11", path, authorization);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertProblem(response, 401, "CAREERBOT_API_KEY");
            assertThat(response.body()).doesNotContain(KEY);
        }
    }

    @Test
    void keepsTheWebPageOpenWithoutTheKey() throws Exception {
        assertThat(post("203.0.113.12", "/web/chat", null).statusCode()).isEqualTo(200);
    }

    @Test
    void answersThe21stMessageOfAMinuteWith429AndRetryAfter() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(post("203.0.113.13", i % 2 == 0 ? "/web/chat" : "/api/chat", "Bearer " + KEY).statusCode())
                    .as("message %d", i).isEqualTo(200);
        }

        HttpResponse<String> refused = post("203.0.113.13", "/web/chat", null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertProblem(refused, 429, "20 messages a minute");
        assertThat(post("203.0.113.14", "/web/chat", null).statusCode()).as("another address keeps its allowance")
                .isEqualTo(200);
    }

    private HttpResponse<String> post(String client, String path, String authorization)
            throws IOException, InterruptedException {
        String json = path.equals("/web/chat") ? body("text", "salaire")
                : body("chatId", "protected", "text", "salaire");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(detailMentions);
    }
}
