package com.careerbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Bot API server for tests: WireMock answering every method the bot calls, with a feed of updates served by
 * getUpdates the way Telegram does (honouring the offset, holding the request open while there is nothing new).
 * Faults are stubbed per method.
 */
final class TelegramStandIn implements AutoCloseable {

    /** Shaped like a real token so that the log redaction is tested on the real thing; it opens nothing. */
    static final String TOKEN = "424242:TEST-stand-in-token-not-a-real-bot-0123";
    static final long BOT_ID = 4242;
    static final String BOT_USERNAME = "careerbot_test_bot";

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1000);

    private final UpdatesFeed feed = new UpdatesFeed();
    private final SentMessage sent = new SentMessage();
    private final TelegramLimits limits = new TelegramLimits(sent);
    private final WireMockServer server;

    TelegramStandIn() {
        server = new WireMockServer(options().dynamicPort().extensions(feed, sent, limits)
                .containerThreads(64)
                .asynchronousResponseEnabled(false));
        server.start();
        stubDefaults();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    WireMockServer server() {
        return server;
    }

    /** Makes updates available to getUpdates, in order and all at once: a getUpdates call gets them together. */
    void push(String... updates) {
        feed.add(java.util.Arrays.stream(updates).map(JSON::readTree).toList());
    }

    /** From now on messages and edits over Telegram's limits get a 429 ({@link TelegramLimits}). */
    void enforceLimits() {
        server.stubFor(post(method("sendMessage|editMessageText")).atPriority(4)
                .willReturn(aResponse().withTransformers(TelegramLimits.NAME)));
    }

    /** The limit each message or edit answered 429 went over, in order. */
    List<String> limitsBroken() {
        return limits.broken();
    }

    /**
     * The messages (or edits) a chat was sent, as Telegram took them (not those refused or whose connection dropped),
     * in the order they were taken: what the user reads.
     */
    List<JsonNode> delivered(String method, long chatId) {
        return List.copyOf(sent.taken.getOrDefault(method.toLowerCase(java.util.Locale.ROOT) + ":" + chatId,
                List.of()));
    }

    /** The highest offset getUpdates was called with: every update below it was confirmed. */
    long confirmedOffset() {
        return feed.confirmedOffset.get();
    }

    /** The Bot API calls answered so far, in arrival order, each as its method in lower case and the HTTP status. */
    List<String> answeredCalls() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().filter(event -> event.getResponse() != null).map(event -> {
            String url = event.getRequest().getUrl().toLowerCase();
            return url.substring(url.lastIndexOf('/') + 1) + " " + event.getResponse().getStatus();
        }).toList();
    }

    /**
     * Every request body of a Bot API method, in arrival order, with the message id the stand-in gave a sent message
     * added as {@code message_id_assigned}.
     */
    List<JsonNode> calls(String method) {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent event : events) {
            String url = java.net.URLDecoder.decode(event.getRequest().getUrl(), java.nio.charset.StandardCharsets.UTF_8);
            if (!url.equalsIgnoreCase(path(method))) {
                continue;
            }
            tools.jackson.databind.node.ObjectNode body = bodyOf(event);
            String response = event.getResponse() == null ? null : event.getResponse().getBodyAsString();
            if (response != null && !response.isEmpty() && response.startsWith("{")) {
                JsonNode result = JSON.readTree(response).path("result");
                if (result.has("message_id")) {
                    body.put("message_id_assigned", result.path("message_id").asInt());
                }
            }
            bodies.add(body);
        }
        return bodies;
    }

    /** When each call of a method that matches reached the stand-in, in milliseconds, earliest first. */
    List<Long> arrivals(String method, Predicate<JsonNode> which) {
        return server.getAllServeEvents().stream()
                .filter(event -> java.net.URLDecoder.decode(event.getRequest().getUrl(),
                        java.nio.charset.StandardCharsets.UTF_8).equalsIgnoreCase(path(method)))
                .filter(event -> which.test(bodyOf(event)))
                .map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
    }

    /** A JSON request as it is; a multipart one (setWebhook) as an object of its parts. */
    private static tools.jackson.databind.node.ObjectNode bodyOf(ServeEvent event) {
        String contentType = String.valueOf(event.getRequest().getHeader("Content-Type"));
        if (contentType.startsWith("multipart/")) {
            tools.jackson.databind.node.ObjectNode parts = JSON.createObjectNode();
            event.getRequest().getParts().forEach(part -> parts.put(part.getName(), part.getBody().asString()));
            return parts;
        }
        return (tools.jackson.databind.node.ObjectNode) JSON.readTree(event.getRequest().getBodyAsString());
    }

    /** Calls of a method addressed to one chat. */
    List<JsonNode> calls(String method, long chatId) {
        return calls(method).stream().filter(body -> body.path("chat_id").asText().equals(String.valueOf(chatId)))
                .toList();
    }

    /** Waits until at least {@code count} calls match, and returns them all. */
    List<JsonNode> await(String method, Predicate<JsonNode> which, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> found;
        do {
            found = calls(method).stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(25);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Expected " + count + " " + method + " calls, saw " + found.size() + ": " + found);
    }

    /** Waits until a method has been answered with that HTTP status at least {@code count} times. */
    void awaitStatus(String method, int status, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.getAllServeEvents().stream().filter(event -> event.getResponse() != null
                && event.getResponse().getStatus() == status
                && event.getRequest().getUrl().toLowerCase().endsWith("/" + method.toLowerCase())).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " " + method + " answered " + status);
            }
            sleep(10);
        }
    }

    List<JsonNode> awaitMessages(long chatId, int count) {
        return await("sendMessage", forChat(chatId), count, Duration.ofSeconds(20));
    }

    static Predicate<JsonNode> forChat(long chatId) {
        return body -> body.path("chat_id").asText().equals(String.valueOf(chatId));
    }

    /**
     * The next {@code failures} calls of the method for that chat get this status and Bot API error body; later ones
     * succeed.
     */
    void fail(String method, long chatId, int failures, int status, String errorBody) {
        failInTurn(() -> post(method(method)).withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.chat_id",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(chatId)))),
                method + "-" + chatId, failures, status, errorBody);
    }

    static String error(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
    }

    static String tooManyRequests(int retryAfterSeconds) {
        return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfterSeconds
                + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}";
    }

    /** getUpdates answers this error instead of updates, {@code times} times in a row. */
    void failGetUpdates(int times, int status, String errorBody) {
        failNext("getUpdates", times, status, errorBody);
    }

    /** The method answers this error, {@code times} times in a row, whatever the call. */
    void failNext(String method, int times, int status, String errorBody) {
        failInTurn(() -> post(method(method)), method, times, status, errorBody);
    }

    /**
     * The next {@code times} calls of the method for that chat find their connection dropped: read whole, then the
     * connection closed with no answer, the message not taken. The client cannot tell this from a message taken whose
     * answer was lost.
     */
    void dropConnections(String method, long chatId, int times) {
        answerInTurn(() -> post(method(method)).withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.chat_id",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(chatId)))),
                "drop-" + method + "-" + chatId, times,
                () -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE));
    }

    /** Stubs answering the error to the next {@code times} requests they match, one after the other. */
    private void failInTurn(Supplier<MappingBuilder> request, String name, int times, int status, String errorBody) {
        answerInTurn(request, name, times, () -> aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(errorBody));
    }

    private void answerInTurn(Supplier<MappingBuilder> request, String name, int times,
                              Supplier<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> response) {
        String scenario = name + "-" + System.nanoTime();
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            String next = "failed-" + i;
            server.stubFor(request.get().atPriority(1)
                    .inScenario(scenario).whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(response.get()));
            state = next;
        }
    }

    /**
     * Answers the method {@code delay} after each call arrives (a slow network); closing the returned handle restores
     * prompt answers.
     */
    AutoCloseable answerLate(String method, Duration delay) {
        var late = server.stubFor(post(method(method)).atPriority(1).willReturn(aResponse()
                .withTransformers(SentMessage.NAME).withFixedDelay((int) delay.toMillis())));
        return () -> server.removeStub(late);
    }

    /** The message id Telegram gave a sent message (the stand-in numbers them in order of arrival). */
    static int messageIdOf(JsonNode sentMessage) {
        return sentMessage.path("message_id_assigned").asInt();
    }

    static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    /**
     * Matches a method's URL whether or not the client percent-encoded the token's colon, in any case: method names
     * are case-insensitive in the Bot API and TelegramBots sends them in lower case.
     */
    private static com.github.tomakehurst.wiremock.matching.UrlPathPattern method(String methodPattern) {
        return urlPathMatching("(?i)/bot" + java.util.regex.Pattern.quote(TOKEN).replace(":", "\\E(?::|%3A)\\Q")
                + "/(?:" + methodPattern + ")");
    }

    private void stubDefaults() {
        server.stubFor(post(method("getUpdates")).atPriority(5)
                .willReturn(aResponse().withTransformers(UpdatesFeed.NAME)));
        server.stubFor(post(method("getMe")).atPriority(5).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"CareerBot\","
                        + "\"username\":\"" + BOT_USERNAME + "\"}}")));
        server.stubFor(post(method("sendMessage|editMessageText")).atPriority(5)
                .willReturn(aResponse().withTransformers(SentMessage.NAME)));
        server.stubFor(post(method("[A-Za-z]+")).atPriority(9)
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(urlPathMatching("/bot.*")).atPriority(10)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(error(401, "Unauthorized"))));
    }

    static ResponseDefinition json(String body) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** getUpdates: pending updates from the offset on; nothing new holds the call up to its timeout (at most 1 s). */
    static final class UpdatesFeed extends Transformer {

        static final String NAME = "updates-feed";

        UpdatesFeed() {
            super(NAME);
        }

        private final List<JsonNode> pending = new ArrayList<>();
        final AtomicLong confirmedOffset = new AtomicLong();

        synchronized void add(List<JsonNode> updates) {
            pending.addAll(updates);
            notifyAll();
        }

        @Override
        public synchronized ResponseDefinition transform(ServeEvent event) {
            JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
            long offset = request.path("offset").asLong(0);
            int limit = request.path("limit").asInt(100);
            long timeoutMillis = Math.min(1000, request.path("timeout").asLong(0) * 1000);
            confirmedOffset.accumulateAndGet(offset, Math::max);
            pending.removeIf(update -> update.path("update_id").asLong() < offset);
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<JsonNode> batch = pending.subList(0, Math.min(limit, pending.size()));
            return json("{\"ok\":true,\"result\":" + JSON.writeValueAsString(batch) + "}");
        }
    }

    /** sendMessage and editMessageText: the message as Telegram would return it. */
    static final class SentMessage extends Transformer {

        static final String NAME = "sent-message";

        /** The messages and edits taken, by method (lower case) and chat, in the order they were taken. */
        private final Map<String, List<JsonNode>> taken = new ConcurrentHashMap<>();

        SentMessage() {
            super(NAME);
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            return answer(event);
        }

        /** Takes the message or edit: records it, with the message id it gets, and answers as Telegram would. */
        ResponseDefinition answer(ServeEvent event) {
            tools.jackson.databind.node.ObjectNode request = bodyOf(event);
            long chatId = request.path("chat_id").asLong();
            int messageId = request.has("message_id") ? request.path("message_id").asInt()
                    : MESSAGE_IDS.incrementAndGet();
            String url = event.getRequest().getUrl().toLowerCase(java.util.Locale.ROOT);
            request.put("message_id_assigned", messageId);
            taken.computeIfAbsent(url.substring(url.lastIndexOf('/') + 1) + ":" + chatId,
                    key -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(request);
            return json("{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"date\":1700000000,"
                    + "\"chat\":{\"id\":" + chatId + ",\"type\":\"" + (chatId < 0 ? "supergroup" : "private") + "\"},"
                    + "\"text\":" + JSON.writeValueAsString(request.path("text").asText()) + "}}");
        }
    }

    /** An answer stubs ask for by name, computed from the request. */
    abstract static class Transformer implements ResponseDefinitionTransformerV2 {

        private final String name;

        Transformer(String name) {
            this.name = name;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
