package com.careerbot.telegram;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings that make the channel quick to test: short polling, fast sweeps and retries, generous send limits. */
final class TelegramTestSettings {

    static final int FLOOD_LIMIT = 8;

    private TelegramTestSettings() {
    }

    static void polling(DynamicPropertyRegistry registry, TelegramStandIn telegram, Path data) {
        common(registry, telegram, data);
        registry.add("careerbot.telegram.mode", () -> "polling");
    }

    static void common(DynamicPropertyRegistry registry, TelegramStandIn telegram, Path data) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("careerbot"));
        registry.add("careerbot.telegram.token", () -> TelegramStandIn.TOKEN);
        registry.add("careerbot.telegram.api-url", telegram::apiUrl);
        registry.add("careerbot.telegram.polling.timeout", () -> "1s");
        registry.add("careerbot.telegram.polling.max-backoff", () -> "300ms");
        registry.add("careerbot.telegram.inbox.sweep-interval", () -> "200ms");
        registry.add("careerbot.telegram.inbox.lease", () -> "2s");
        registry.add("careerbot.telegram.sending.initial-backoff", () -> "50ms");
        registry.add("careerbot.telegram.sending.max-backoff", () -> "200ms");
        registry.add("careerbot.telegram.sending.messages-per-second", () -> "1000");
        registry.add("careerbot.telegram.sending.per-chat-per-second", () -> "100");
        registry.add("careerbot.telegram.sending.per-chat-burst", () -> "100");
        registry.add("careerbot.telegram.flood-limit-per-minute", () -> String.valueOf(FLOOD_LIMIT));
    }
}
