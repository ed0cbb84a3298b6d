package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A token Telegram rejects stops the channel with a clear message instead of looping; the app keeps running. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class RejectedTokenTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();
    static final String REVOKED_TOKEN = "999999:REVOKED-token-that-the-server-rejects-00";

    @TempDir
    static Path data;

    @Autowired
    MessageUnderstanding understanding;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
        registry.add("careerbot.telegram.token", () -> REVOKED_TOKEN);
    }

    @Test
    void stopsPollingWithAClearMessage(CapturedOutput output) {
        TelegramChannelTests.await(() -> output.getAll().contains("Telegram rejected the bot token"));
        TelegramChannelTests.pause(Duration.ofMillis(500));
        int calls = telegram.server().getAllServeEvents().size();
        TelegramChannelTests.pause(Duration.ofSeconds(2));

        assertThat(telegram.server().getAllServeEvents()).as("no call after the rejection").hasSize(calls);
        assertThat(output.getAll()).contains("check TELEGRAM_BOT_TOKEN").doesNotContain(REVOKED_TOKEN);
        assertThat(understanding.understand("combien gagne un dev back ?", Language.FR).classification().intent().wireName())
                .isEqualTo("salary");
    }
}
