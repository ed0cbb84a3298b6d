package com.careerbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.careerbot.answer.Reply;
import com.careerbot.system.DatabaseTroubleLog;
import org.slf4j.LoggerFactory;

/**
 * When the database is down, the user still hears from the bot: one short apology per chat and outage, sent directly
 * (the outbox lives in the database). The update itself stays in the inbox and is answered once the database is back.
 */
class Apologies {

    private static final Duration QUIET_PERIOD = Duration.ofMinutes(10);

    private final BotSender sender;
    private final Map<Long, Long> lastSent = new ConcurrentHashMap<>();
    private final DatabaseTroubleLog trouble = new DatabaseTroubleLog(LoggerFactory.getLogger(Apologies.class));

    Apologies(BotSender sender) {
        this.sender = sender;
    }

    /** @param cause the database's failure, logged (at most every few seconds) */
    void apologise(ReplyTarget target, String html, Throwable cause) {
        trouble.warn("Chat " + target.chatId() + " gets an apology", cause);
        long now = System.nanoTime();
        Long previous = lastSent.get(target.chatId());
        if (previous != null && now - previous < QUIET_PERIOD.toNanos()) {
            return;
        }
        lastSent.put(target.chatId(), now);
        ReplyMapper.calls(new ReplyTarget(target.chatId(), null, target.callbackQueryId()), List.of(Reply.text(html)))
                .forEach(sender::send);
    }

    void evictOld() {
        long now = System.nanoTime();
        lastSent.values().removeIf(sent -> now - sent >= QUIET_PERIOD.toNanos());
    }
}
