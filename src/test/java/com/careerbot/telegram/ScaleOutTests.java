package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Scale-out as the README promises it: two instances in webhook mode on one PostgreSQL database, each in a JVM of its
 * own (so that one can be killed as with {@code kill -9}), behind a load balancer (this test) that alternates each
 * chat's updates between them, Telegram redelivering some updates to the other instance and users tapping quiz
 * buttons twice, against a stand-in enforcing Telegram's limits. Every chat gets every answer once, in the order of
 * its questions, with no 429; each quiz runs through its ten questions once.
 */
class ScaleOutTests {

    static final String SECRET = "scale-out-secret_0123";
    static final int CHATS = 60;
    static final int QUIZ_CHATS = 16;
    static final int TEXTS_PER_CHAT = 12;
    /** Short, so that the takeover after a kill is quick; long enough for the stalls of a busy 2-core machine. */
    static final Duration LEASE = Duration.ofSeconds(5);

    /** What a user sends, and a piece of text only the bot's answer to it contains. */
    private enum Question {
        SALARY("2 500 €"), STUDIES("BTS"), STICKER("écrits");

        final String answerMark;

        Question(String answerMark) {
            this.answerMark = answerMark;
        }

        String update(long chat) {
            return switch (this) {
                case SALARY -> Updates.text(chat, "combien gagne un dev back ?", "fr");
                case STUDIES -> Updates.text(chat, "quelles études pour devenir dev back ?", "fr");
                case STICKER -> Updates.sticker(chat);
            };
        }
    }

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    TelegramStandIn telegram;
    TestDatabase database;
    final List<ChildApplication> instances = new ArrayList<>();
    final List<Integer> ports = new ArrayList<>();
    final AtomicInteger posted = new AtomicInteger();
    final AtomicInteger redelivered = new AtomicInteger();

    @BeforeAll
    static void needsPostgres() {
        TestDatabase.assumePostgres();
    }

    @BeforeEach
    void startTwoInstances() throws Exception {
        telegram = new TelegramStandIn();
        telegram.enforceLimits();
        database = TestDatabase.postgres();
        // Migrated once, before the instances start: two Flyways creating one schema at once would collide.
        database.flyway().load().migrate();
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            ports.add(port);
            instances.add(ChildApplication.start(data.resolve("instance-" + i + ".log"), arguments(port)));
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(i);
        }
    }

    @AfterEach
    void stopAll() throws Exception {
        for (ChildApplication instance : instances) {
            instance.close();
            // What went wrong, if anything, for the test report: takeovers, resends, warnings.
            instance.logText().lines().filter(line -> line.contains(" WARN ") || line.contains("took the call over")
                    || line.contains("sent again")).limit(40).forEach(System.out::println);
        }
        telegram.close();
        database.drop();
    }

    @Test
    void answersEveryChatOnceInOrderWithinTelegramsLimits() throws Exception {
        Conversations conversations = new Conversations();

        long started = System.nanoTime();
        conversations.run(total -> { });
        double seconds = (System.nanoTime() - started) / 1e9;

        conversations.assertAllAnsweredOnceInOrder(0);
        assertThat(telegram.limitsBroken()).as("429s from the stand-in").isEmpty();
        System.out.printf("Issue 20 scale-out: %d updates (%d redelivered) over %d chats in %.1f s with 2 instances, "
                + "0 x 429%n", posted.get(), redelivered.get(), CHATS, seconds);
        for (ChildApplication instance : instances) {
            assertThat(instance.logText()).doesNotContain(TelegramStandIn.TOKEN).doesNotContain(" ERROR ");
        }
    }

    @Test
    void theSurvivorFinishesEverythingWhenAnInstanceIsKilledHalfway() throws Exception {
        Conversations conversations = new Conversations();
        int expectedUpdates = CHATS * TEXTS_PER_CHAT + QUIZ_CHATS * 21;
        String killed = instanceName(instances.get(1));
        CompletableFuture<Long> takeover = new CompletableFuture<>();

        conversations.run(total -> {
            if (total == expectedUpdates / 2) {
                killAndTimeTheTakeover(killed, takeover);
            }
        });

        // A message on its way to Telegram at the kill is sent again by the survivor (README): at most one per chat.
        int resent = conversations.assertAllAnsweredOnceInOrder(CHATS);
        assertThat(telegram.limitsBroken()).as("429s from the stand-in").isEmpty();
        System.out.printf("Issue 20 kill halfway: %d updates, instance killed after %d; every update answered; "
                + "%d message(s) sent again after the kill; takeover (the dead instance's last update or reply "
                + "claimed by the survivor) %d ms after the kill, lease %d ms%n", posted.get(), expectedUpdates / 2,
                resent, takeover.get(), LEASE.toMillis());
    }

    @Test
    void aReplyWaitingOutLong429sIsSentOnceThoughItOutlivesTheLease() throws Exception {
        long chat = Updates.newChat();
        // Longer than the lease: on the code before issue 20 the other instance took the reply over and sent it,
        // then the owner's retry sent it again.
        int retryAfter = (int) LEASE.toSeconds() + 2;
        telegram.fail("sendMessage", chat, 2, 429, TelegramStandIn.tooManyRequests(retryAfter));

        post(0, Question.SALARY.update(chat));

        telegram.await("sendMessage", body -> body.path("chat_id").asLong() == chat, 3,
                Duration.ofSeconds(4L * retryAfter));
        TelegramChannelTests.pause(LEASE.multipliedBy(2));
        assertThat(telegram.delivered("sendMessage", chat)).as("answers Telegram took").hasSize(1);
    }

    /**
     * Kills the instance as {@code kill -9} does, then, in the background, times how long its updates and replies
     * stay claimed by it before the survivor takes them over.
     */
    private void killAndTimeTheTakeover(String killed, CompletableFuture<Long> takeover) {
        try {
            instances.get(1).kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        long killedAt = System.nanoTime();
        CompletableFuture.runAsync(() -> {
            while (database.jdbc().sql("SELECT (SELECT COUNT(*) FROM telegram_pending_update WHERE owner = :owner) "
                            + "+ (SELECT COUNT(*) FROM telegram_outbox WHERE owner = :owner)")
                    .param("owner", killed).query(Long.class).single() > 0) {
                TelegramChannelTests.pause(Duration.ofMillis(50));
            }
            takeover.complete((System.nanoTime() - killedAt) / 1_000_000);
        });
    }

    /** The name an instance holds its leases under, from its log. */
    private static String instanceName(ChildApplication instance) throws Exception {
        Matcher name = Pattern.compile("as instance ([0-9a-f-]{36})").matcher(instance.logText());
        assertThat(name.find()).as("instance name in the log").isTrue();
        return name.group(1);
    }

    /** The chats' conversations, each on a thread of its own as its user would type. */
    private final class Conversations {

        final List<Long> chats = new ArrayList<>();

        Conversations() {
            for (int i = 0; i < CHATS; i++) {
                chats.add(Updates.newChat());
            }
        }

        void run(IntConsumer afterEachPost) throws Exception {
            ExecutorService users = Executors.newFixedThreadPool(CHATS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < CHATS; i++) {
                    int index = i;
                    running.add(users.submit(() -> {
                        converse(index, afterEachPost);
                        return null;
                    }));
                }
                for (Future<?> conversation : running) {
                    conversation.get();
                }
            } finally {
                users.shutdownNow();
            }
        }

        private void converse(int index, IntConsumer afterEachPost) throws Exception {
            long chat = chats.get(index);
            int turn = 0;
            for (int i = 0; i < TEXTS_PER_CHAT; i++) {
                String update = Question.values()[i % Question.values().length].update(chat);
                int instance = send(turn++, update, afterEachPost);
                if (i % 4 == 1) {
                    // Telegram did not hear the 200 and delivers the update again, here to the other instance.
                    post(1 - instance, update);
                    redelivered.incrementAndGet();
                }
            }
            if (index >= QUIZ_CHATS) {
                return;
            }
            send(turn++, Updates.text(chat, "/quiz", "fr"), afterEachPost);
            JsonNode question = awaitDelivered(chat, "Question 1/10");
            for (int number = 1; number <= 10; number++) {
                String payload = TelegramChannelTests.buttons(question).get(number % 4).path("callback_data").asText();
                int messageId = TelegramStandIn.messageIdOf(question);
                // A double tap: two button presses, the second one stale once the first is handled.
                send(turn++, Updates.press(chat, messageId, payload, "fr"), afterEachPost);
                send(turn++, Updates.press(chat, messageId, payload, "fr"), afterEachPost);
                question = awaitDelivered(chat, number < 10 ? "Question " + (number + 1) + "/10" : "Ton résultat");
            }
        }

        /** Posts a chat's next update to the instance whose turn it is. @return the instance that took it */
        private int send(int turn, String update, IntConsumer afterEachPost) throws Exception {
            int instance = post(turn % 2, update);
            afterEachPost.accept(posted.incrementAndGet());
            return instance;
        }

        private JsonNode awaitDelivered(long chat, String mark) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                for (JsonNode message : telegram.delivered("sendMessage", chat)) {
                    if (message.path("text").asText().contains(mark)) {
                        return message;
                    }
                }
                TelegramChannelTests.pause(Duration.ofMillis(100));
            }
            throw new AssertionError("Chat " + chat + " never got \"" + mark + "\": "
                    + texts(telegram.delivered("sendMessage", chat)));
        }

        /** What each chat must read, in order: a piece of each answer. */
        List<String> expected(int index) {
            List<String> marks = new ArrayList<>();
            for (int i = 0; i < TEXTS_PER_CHAT; i++) {
                marks.add(Question.values()[i % Question.values().length].answerMark);
            }
            if (index < QUIZ_CHATS) {
                marks.add("Ce métier est-il fait pour toi");
                marks.add("Question 1/10");
                for (int number = 2; number <= 11; number++) {
                    marks.add(number <= 10 ? "Question " + number + "/10" : "Ton résultat");
                    marks.add("déjà passée");
                }
            }
            return marks;
        }

        /**
         * Checks that every chat read every answer once, in order, and each quiz's ten questions edited once each.
         *
         * @param resendsAllowed messages a killed instance may have left on their way, sent again by the survivor
         * @return how many messages were read twice in a row (a resend after a kill)
         */
        int assertAllAnsweredOnceInOrder(int resendsAllowed) {
            for (int index = 0; index < CHATS; index++) {
                awaitCount(chats.get(index), expected(index).size());
            }
            // Time for a message sent twice to show.
            TelegramChannelTests.pause(LEASE);
            int resent = 0;
            List<String> problems = new ArrayList<>();
            for (int index = 0; index < CHATS; index++) {
                long chat = chats.get(index);
                List<String> expected = expected(index);
                List<String> read = texts(telegram.delivered("sendMessage", chat));
                List<String> collapsed = new ArrayList<>();
                for (String text : read) {
                    if (!collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).equals(text)
                            && !text.contains("déjà passée")) {
                        resent++;
                    } else {
                        collapsed.add(text);
                    }
                }
                if (collapsed.size() != expected.size()) {
                    problems.add("chat " + chat + ": " + collapsed.size() + " answers for " + expected.size());
                    continue;
                }
                for (int i = 0; i < expected.size(); i++) {
                    if (!collapsed.get(i).contains(expected.get(i))) {
                        problems.add("chat " + chat + ": answer " + (i + 1) + " should contain \"" + expected.get(i)
                                + "\": " + collapsed.get(i).lines().findFirst().orElse(""));
                        break;
                    }
                }
                if (index < QUIZ_CHATS) {
                    List<String> edits = texts(telegram.delivered("editMessageText", chat));
                    List<String> editedQuestions = edits.stream().map(text -> text.lines().findFirst().orElse(""))
                            .distinct().toList();
                    if (editedQuestions.size() != 10 || edits.size() - 10 > resendsAllowed) {
                        problems.add("chat " + chat + ": quiz questions edited " + edits.size() + " times");
                    }
                }
            }
            assertThat(problems).as("chats not answered once each, in order").isEmpty();
            assertThat(resent).as("messages read twice").isLessThanOrEqualTo(resendsAllowed);
            return resent;
        }

        private void awaitCount(long chat, int count) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (telegram.delivered("sendMessage", chat).size() < count && System.nanoTime() < deadline) {
                TelegramChannelTests.pause(Duration.ofMillis(100));
            }
        }
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("text").asText()).toList();
    }

    /**
     * The load balancer: posts to the instance given, or to the other one when that one is down (connection refused),
     * again while the database is unavailable (503), as Telegram does.
     *
     * @return the instance that took the update
     */
    private int post(int instance, String update) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            int target = attempt % 2 == 0 ? instance : 1 - instance;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ports.get(target) + "/telegram/webhook"))
                        .header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return target;
                }
                assertThat(response.statusCode()).as("webhook answer").isEqualTo(503);
            } catch (ConnectException | java.net.http.HttpTimeoutException down) {
                // That instance is down: the balancer tries the other one.
            } catch (java.io.IOException dropped) {
                // The connection broke (the instance died mid-request): Telegram delivers the update again.
            }
            TelegramChannelTests.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("No instance took the update " + update);
    }

    private void awaitReady(int instance) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(instances.get(instance).isAlive()).as("instance %d runs", instance).isTrue();
            try {
                int status = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ports.get(instance) + "/telegram/webhook"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 401) {
                    return;
                }
            } catch (ConnectException notYet) {
                // Still starting.
            }
            TelegramChannelTests.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("Instance " + instance + " not ready: " + instances.get(instance).logText());
    }

    private String[] arguments(int port) {
        List<String> arguments = new ArrayList<>(Arrays.stream(database.arguments())
                .filter(argument -> !argument.startsWith("--careerbot.telegram.token=")).toList());
        arguments.addAll(List.of(
                "--server.port=" + port,
                "--careerbot.data-directory=" + data,
                "--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(),
                "--careerbot.telegram.mode=webhook",
                "--careerbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
                "--careerbot.telegram.webhook-secret=" + SECRET,
                "--careerbot.telegram.inbox.lease=" + LEASE.toMillis() + "ms",
                "--careerbot.telegram.inbox.sweep-interval=300ms",
                "--careerbot.telegram.sending.initial-backoff=100ms",
                "--careerbot.telegram.sending.max-backoff=1s",
                "--careerbot.telegram.flood-limit-per-minute=1000"));
        return arguments.toArray(String[]::new);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
