package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Telegram's send limits, scaled down so that a test sees them at work: answers to many chats at once reach the Bot
 * API no faster than the overall limit, answers within one chat no faster than its burst and pace. Going over earns
 * a 429 and seconds of silence from Telegram.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SendingLimitsTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();
    static final int OVERALL_PER_SECOND = 5;
    static final int CHAT_BURST = 2;

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
        registry.add("careerbot.telegram.sending.messages-per-second", () -> OVERALL_PER_SECOND);
        registry.add("careerbot.telegram.sending.per-chat-per-second", () -> 1);
        registry.add("careerbot.telegram.sending.per-chat-burst", () -> CHAT_BURST);
    }

    @Test
    void answersManyChatsAtOnceWithinTheOverallLimit() {
        List<Long> chats = java.util.stream.LongStream.range(0, 3 * OVERALL_PER_SECOND)
                .map(i -> Updates.newChat()).boxed().toList();
        telegram.push(chats.stream().map(chat -> Updates.text(chat, "combien gagne un dev back ?", "fr"))
                .toArray(String[]::new));

        chats.forEach(chat -> telegram.awaitMessages(chat, 1));

        assertThat(mostInAnySecond(chats)).isLessThanOrEqualTo(OVERALL_PER_SECOND);
        assertThat(telegram.server().getAllServeEvents()).noneMatch(event -> event.getResponse().getStatus() == 429);
    }

    @Test
    void answersOneChatInBurstsThenAtItsPace() {
        long chat = Updates.newChat();
        int questions = CHAT_BURST + 3;
        telegram.push(java.util.stream.IntStream.range(0, questions)
                .mapToObj(i -> Updates.text(chat, "quelles études pour devenir dev back ?", "fr")).toArray(String[]::new));

        telegram.awaitMessages(chat, questions);

        // A burst, then one a second: at most the burst plus one in any second.
        assertThat(mostInAnySecond(List.of(chat))).isLessThanOrEqualTo(CHAT_BURST + 1);
    }

    /** The most sendMessage calls to these chats that reached the stand-in within any one second. */
    private static int mostInAnySecond(List<Long> chats) {
        List<Long> arrivals = telegram.arrivals("sendMessage",
                body -> chats.contains(body.path("chat_id").asLong()));
        int most = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            while (arrivals.get(last) - arrivals.get(first) >= 1000) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
