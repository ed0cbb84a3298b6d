package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Polling after the bot ran in webhook mode: Telegram refuses getUpdates while the webhook is set, so the first
 * getUpdates of this start is refused as Telegram refuses it.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class PollingAfterWebhookTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    private static final String WEBHOOK_ACTIVE = TelegramStandIn.error(409,
            "Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first");

    static {
        telegram.failGetUpdates(1, 409, WEBHOOK_ACTIVE);
    }

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
    }

    @Test
    void deletesTheWebhookThatBlocksPollingThenAnswers() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "salaire ?", "fr"));

        telegram.awaitMessages(chat, 1);
        List<String> calls = telegram.answeredCalls();
        int refused = calls.indexOf("getupdates 409");
        int deleted = calls.indexOf("deletewebhook 200");
        assertThat(refused).isNotNegative();
        assertThat(deleted).isGreaterThan(refused);
        assertThat(calls.subList(deleted, calls.size())).contains("getupdates 200");
    }

    @Test
    void triesTheDeletionAgainWhenItFails() {
        telegram.await("deleteWebhook", call -> true, 1, Duration.ofSeconds(10));
        telegram.failNext("deleteWebhook", 1, 502, TelegramStandIn.error(502, "Bad Gateway"));
        telegram.failGetUpdates(1, 409, WEBHOOK_ACTIVE);
        telegram.awaitStatus("deleteWebhook", 502, 1);
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "hello", "en"));

        telegram.awaitMessages(chat, 1);
        List<String> calls = telegram.answeredCalls();
        int failed = calls.indexOf("deletewebhook 502");
        assertThat(calls.subList(failed, calls.size())).containsSubsequence("deletewebhook 200", "getupdates 200");
    }

    @Test
    void explainsAConflictWithAnotherPollerWithoutDeletingAnything(CapturedOutput output) {
        telegram.await("deleteWebhook", call -> true, 1, Duration.ofSeconds(10));
        long deletionsBefore = deletions();
        telegram.failGetUpdates(3, 409, TelegramStandIn.error(409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        telegram.awaitStatus("getUpdates", 409, 4);
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "hello", "en"));

        telegram.awaitMessages(chat, 1);
        assertThat(output.getAll()).contains("409 Conflict: another instance is polling with the same token")
                .contains("Telegram getUpdates working again after 3 failures");
        assertThat(deletions()).isEqualTo(deletionsBefore);
    }

    private static long deletions() {
        return telegram.answeredCalls().stream().filter(call -> call.startsWith("deletewebhook")).count();
    }
}
