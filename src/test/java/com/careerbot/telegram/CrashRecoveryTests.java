package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app killed with SIGKILL in the middle of a burst, then started again on the same database: no update lost, none
 * answered twice. The app runs in its own JVM; the Bot API stand-in in this one.
 */
class CrashRecoveryTests {

    private static final int CHATS = 5;
    private static final int QUESTIONS_PER_CHAT = 6;
    private static final String[] QUESTIONS = {"combien gagne un dev back ?", "quelles études ?",
            "c'est quoi les idées reçues ?", "what skills do I need?", "where can I work?", "pros and cons?"};

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    Path data;

    @Test
    void answersEveryUpdateExactlyOnceAcrossAKill() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            chats.add(Updates.newChat());
        }
        Path log = data.resolve("app.log");
        // Sends trickle out (2 a second) while updates are stored and handled at once: the kill finds most answers
        // written to the outbox and not yet sent.
        ChildApplication first = ChildApplication.start(log, arguments("2"));
        awaitPolling(first);
        for (String question : QUESTIONS) {
            for (long chat : chats) {
                telegram.push(Updates.text(chat, question, "fr"));
            }
        }
        int total = CHATS * QUESTIONS_PER_CHAT;
        awaitOffsetBeyondAllUpdates(total);
        int sent = awaitSends(3);
        // Right after a send, the next one is half a second away: nothing is in flight when the process dies.
        awaitNextSendAfter(sent);
        TelegramChannelTests.pause(Duration.ofMillis(100));
        first.kill();
        int sentBeforeKill = telegram.calls("sendMessage").size();
        assertThat(sentBeforeKill).as("answers sent before the kill").isLessThan(total);

        try (ChildApplication second = ChildApplication.start(log, arguments("30"))) {
            telegram.await("sendMessage", body -> chats.contains(body.path("chat_id").asLong()), total,
                    Duration.ofSeconds(60));
            TelegramChannelTests.pause(Duration.ofSeconds(2));
            for (long chat : chats) {
                assertThat(telegram.calls("sendMessage", chat)).as("answers in chat %d (%d sent before the kill)",
                                chat, sentBeforeKill)
                        .extracting(body -> body.path("text").asText().lines().findFirst().orElse(""))
                        .hasSize(QUESTIONS_PER_CHAT);
            }
        }
        String output = Files.readString(log);
        assertThat(output).contains("Started CareerBotApplication").doesNotContain(TelegramStandIn.TOKEN);
    }

    private String[] arguments(String messagesPerSecond) {
        return new String[] {
                "--spring.main.web-application-type=none",
                "--careerbot.data-directory=" + data,
                "--careerbot.telegram.token=" + TelegramStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.apiUrl(),
                "--careerbot.telegram.polling.timeout=1s",
                "--careerbot.telegram.inbox.sweep-interval=200ms",
                "--careerbot.telegram.sending.messages-per-second=" + messagesPerSecond,
                "--careerbot.telegram.sending.per-chat-per-second=100",
                "--careerbot.telegram.sending.per-chat-burst=100",
                "--careerbot.telegram.flood-limit-per-minute=100"};
    }

    private static void awaitPolling(ChildApplication app) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (telegram.calls("getUpdates").isEmpty()) {
            assertThat(app.isAlive()).as("the app is running").isTrue();
            assertThat(System.nanoTime()).as("the app polls within a minute").isLessThan(deadline);
            TelegramChannelTests.pause(Duration.ofMillis(100));
        }
    }

    private static void awaitOffsetBeyondAllUpdates(int total) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long last = Updates.nextId() - 1;
        while (telegram.confirmedOffset() <= last) {
            assertThat(System.nanoTime()).as("the app stores all %d updates", total).isLessThan(deadline);
            TelegramChannelTests.pause(Duration.ofMillis(20));
        }
    }

    private static int awaitSends(int count) {
        return telegram.await("sendMessage", body -> true, count, Duration.ofSeconds(30)).size();
    }

    private static void awaitNextSendAfter(int sent) {
        awaitSends(sent + 1);
    }
}
