package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connections that drop after a sendMessage was written and before Telegram answered: the bot cannot know whether the
 * message arrived, sends it again (at most twice), and counts each such resend. Every answer reaches the user.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DroppedConnectionsTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    static Path data;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
    }

    @Test
    void deliversEveryAnswerWhoseConnectionDroppedAndCountsTheResends() {
        double resendsBefore = resends();
        List<Long> chats = LongStream.range(0, 5).map(i -> Updates.newChat()).boxed().toList();
        for (long chat : chats) {
            telegram.dropConnections("sendMessage", chat, 2);
        }

        telegram.push(chats.stream().map(chat -> Updates.text(chat, "combien gagne un dev back ?", "fr"))
                .toArray(String[]::new));

        for (long chat : chats) {
            telegram.await("sendMessage", TelegramStandIn.forChat(chat), 3, Duration.ofSeconds(20));
        }
        TelegramChannelTests.pause(Duration.ofSeconds(1));
        for (long chat : chats) {
            assertThat(telegram.delivered("sendMessage", chat)).as("answers chat %d got", chat).hasSize(1)
                    .allSatisfy(answer -> assertThat(answer.path("text").asText()).contains("2 500 €"));
        }
        assertThat(resends() - resendsBefore).isEqualTo(2 * chats.size());
    }

    @Test
    void givesUpAMessageThatMayHaveArrivedAfterTwoResends() {
        long chat = Updates.newChat();
        telegram.dropConnections("sendMessage", chat, 3);

        telegram.push(Updates.text(chat, "quelles études pour devenir dev back ?", "fr"));

        telegram.await("sendMessage", TelegramStandIn.forChat(chat), 3, Duration.ofSeconds(20));
        TelegramChannelTests.pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", chat)).as("attempts: the first and two resends").hasSize(3);
    }

    private double resends() {
        return meters.counter(BotSender.AMBIGUOUS_RESENDS, "method", "sendmessage").count();
    }
}
