package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Under load the poller lets updates gather between two getUpdates calls (one inbox commit then serves many); a lone
 * update, the usual case, is followed by the next call at once. The pause is long here so that timing cannot blur it.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PollingBatchesTests {

    static final Duration GATHER = Duration.ofSeconds(3);
    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
        registry.add("careerbot.telegram.polling.gather", () -> GATHER.toMillis() + "ms");
    }

    @Test
    void afterABatchOfSeveralUpdatesTheNextOnesWaitForTheGatheringPause() {
        long first = Updates.newChat();
        long second = Updates.newChat();
        long batchPushedAt = System.currentTimeMillis();
        telegram.push(Updates.text(first, "salaire ?", "fr"), Updates.text(second, "salary?", "en"));
        answeredAt(first);
        answeredAt(second);

        long late = Updates.newChat();
        telegram.push(Updates.text(late, "les études ?", "fr"));

        // The pause began once the batch was fetched, after it was pushed; a slow machine only makes the wait longer.
        assertThat(answeredAt(late) - batchPushedAt).isGreaterThanOrEqualTo(GATHER.toMillis() - 50);
    }

    @Test
    void afterALoneUpdateTheNextOneIsFetchedAtOnce() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "salaire ?", "fr"));
        answeredAt(chat);

        long next = Updates.newChat();
        long pushedAt = System.currentTimeMillis();
        telegram.push(Updates.text(next, "les études ?", "fr"));

        assertThat(answeredAt(next) - pushedAt).isLessThan(GATHER.toMillis() * 2 / 3);
    }

    @Test
    void aNegativePauseIsRefusedWithTheSettingsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TelegramProperties.Polling(Duration.ofSeconds(50),
                        Duration.ofSeconds(5), 1000, Duration.ofMillis(-10)))
                .withMessageContaining("careerbot.telegram.polling.gather");
    }

    private static long answeredAt(long chat) {
        telegram.await("sendMessage", TelegramStandIn.forChat(chat), 1, Duration.ofSeconds(20));
        List<Long> arrivals = telegram.arrivals("sendMessage", TelegramStandIn.forChat(chat));
        return arrivals.get(0);
    }
}
