package com.careerbot.telegram;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.careerbot.system.DatabaseTroubleLog;
import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Long polling with intent: the offset moves past a batch only once the batch is stored in the inbox (and resumes
 * from the inbox after a restart); 429 waits {@code retry_after}; 5xx and network errors back off, capped at a few
 * seconds; a 409 naming a webhook deletes it, other 409s are explained and retried; 401 stops the channel. Each
 * failure streak is logged once.
 */
class UpdatePoller implements Runnable {

    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "channel_post",
            "edited_channel_post", "callback_query", "my_chat_member");
    private static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

    private final OkHttpTelegramClient client;
    private final UpdateIntake intake;
    private final Inbox inbox;
    private final UpdateDispatcher dispatcher;
    private final TelegramProperties.Polling settings;
    private final FailureStreak streak = new FailureStreak(log, "Telegram getUpdates");
    private final FailureStreak storage = new FailureStreak(log, "Storing Telegram updates");
    private final IntervalFunction backoff;
    private volatile boolean running = true;

    UpdatePoller(OkHttpTelegramClient client, UpdateIntake intake, Inbox inbox, UpdateDispatcher dispatcher,
                 TelegramProperties.Polling settings) {
        this.client = client;
        this.intake = intake;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(250), 2.0, 0.5,
                settings.maxBackoff());
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        // No deleteWebhook before polling: Telegram refuses getUpdates with a 409 naming the webhook only while one is
        // set (the bot ran in webhook mode before), and the webhook is deleted then. A start saves a Bot API call
        // before its first getUpdates (docs/benchmarks.md).
        boolean webhookBlocks = false;
        boolean webhookJustDeleted = false;
        Long offset = null;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (webhookBlocks) {
                    client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
                    webhookBlocks = false;
                    webhookJustDeleted = true;
                    log.info("Telegram refused getUpdates while a webhook was set for this bot: webhook deleted");
                }
                if (offset == null) {
                    offset = inbox.lastUpdateId().map(last -> last + 1).orElse(0L);
                }
                waitForRoom();
                List<Update> updates = client.execute(GetUpdates.builder().offset(offset.intValue()).limit(BATCH)
                        .timeout((int) settings.timeout().toSeconds()).allowedUpdates(ALLOWED_UPDATES).build());
                streak.succeeded();
                webhookJustDeleted = false;
                if (!updates.isEmpty()) {
                    intake.accept(updates);
                    storage.succeeded();
                    offset = updates.stream().map(Update::getUpdateId).max(Comparator.naturalOrder()).orElseThrow() + 1L;
                }
                if (updates.size() > 1 && updates.size() < BATCH) {
                    Thread.sleep(settings.gather().toMillis());
                }
            } catch (TelegramApiRequestException e) {
                String call = webhookBlocks ? "deleteWebhook" : "getUpdates";
                if (!webhookBlocks && isWebhookConflict(e)) {
                    webhookBlocks = true;
                    // At once, unless a webhook was set again right after the last deletion: then after a back-off.
                    if (!webhookJustDeleted) {
                        continue;
                    }
                }
                if (!onRefusal(call, e)) {
                    return;
                }
            } catch (TelegramApiException e) {
                if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
                    return;
                }
                streak.failed(BotSender.describe(e));
                pause(backoff.apply(streak.failures()));
            } catch (DataAccessException | TransactionException e) {
                storage.failed("the database is unavailable, updates stay with Telegram until it is back ("
                        + DatabaseTroubleLog.rootCause(e) + ")");
                Metrics.counter("careerbot.database.errors", "operation", "telegram_store").increment();
                pause(backoff.apply(storage.failures()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Telegram's words: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook…". */
    private static boolean isWebhookConflict(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == 409
                && String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT).contains("webhook");
    }

    /** @return whether to go on polling */
    private boolean onRefusal(String call, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = String.valueOf(e.getApiResponse());
        if (code == 401 || code == 404) {
            log.error("Telegram rejected the bot token (" + code + " " + description
                    + "): check TELEGRAM_BOT_TOKEN. The Telegram channel is stopped; the rest of the app keeps running.");
            return false;
        }
        if (code == 429) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            streak.failed("429 Too Many Requests, waiting " + retryAfter + " s as Telegram asks");
            pause(retryAfter == null ? backoff.apply(streak.failures()) : Duration.ofSeconds(retryAfter).toMillis());
            return true;
        }
        if (code == 409) {
            streak.failed("409 Conflict: another instance is polling with the same token, or a webhook was set again ("
                    + description + ")");
        } else {
            streak.failed(call + ": [" + code + "] " + description);
        }
        pause(backoff.apply(streak.failures()));
        return true;
    }

    /** Fetching stops while too many fetched updates wait to be handled: the inbox holds them, memory need not. */
    private void waitForRoom() throws InterruptedException {
        while (running && dispatcher.inFlightCount() >= settings.maxInFlight()) {
            Thread.sleep(50);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
