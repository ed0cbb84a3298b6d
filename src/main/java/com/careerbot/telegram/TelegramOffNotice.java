package com.careerbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once, how to turn the Telegram channel on when no token is configured. */
@Component
class TelegramOffNotice {

    private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

    private final TelegramProperties properties;

    TelegramOffNotice(TelegramProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        if (!properties.enabled()) {
            log.info("Telegram channel off: set TELEGRAM_BOT_TOKEN (from @BotFather) to turn it on. "
                    + "The REST API is running.");
        }
    }
}
