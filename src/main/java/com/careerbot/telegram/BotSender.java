package com.careerbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The one way out to Telegram. Keeps Telegram's limits with token buckets (overall, per private chat, per group),
 * waits {@code retry_after} on 429, backs off exponentially with jitter on 5xx and network errors, gives up at once on
 * other errors. Waiting never blocks a thread: it is scheduled.
 */
class BotSender {

    /** How a call ended. */
    enum Result {
        /** Telegram accepted it. */
        DELIVERED,
        /** Telegram refused it for good (a 4xx other than 429); it must not be tried again. */
        REFUSED,
        /** The user blocked the bot (403). */
        BLOCKED,
        /** Telegram kept failing (5xx, network); the call may be tried again later. */
        GAVE_UP,
        /** The call is no longer this instance's (its claim ran out and another instance took it over): not sent. */
        TAKEN_OVER
    }

    /** The counter of resends of a call whose previous request may have reached Telegram. */
    static final String AMBIGUOUS_RESENDS = "careerbot.telegram.sends.ambiguous";


    private static final Logger log = LoggerFactory.getLogger(BotSender.class);
    private static final Duration DELIVERY_JITTER = Duration.ofMillis(100);

    private final OkHttpTelegramClient client;
    private final ScheduledExecutorService scheduler;
    private final TelegramProperties.Sending settings;
    private final LongConsumer chatBlocked;
    private final SendBuckets buckets;
    private final MeterRegistry meters;
    private final Pacer overall;
    private final Map<Long, Pacer> perChat = new ConcurrentHashMap<>();
    /**
     * 429, 5xx and network failures are retried with pauses; a new message whose request may have reached Telegram
     * only a bounded number of times ({@link SendAttempts}).
     */
    private final Retry retry;

    BotSender(OkHttpTelegramClient client, ScheduledExecutorService scheduler, TelegramProperties.Sending settings,
              SendBuckets buckets, MeterRegistry meters, LongConsumer chatBlocked) {
        this.client = client;
        this.scheduler = scheduler;
        this.settings = settings;
        this.buckets = buckets;
        this.meters = meters;
        this.chatBlocked = chatBlocked;
        this.overall = pacer(SendBuckets.OVERALL, atMost(settings.messagesPerSecond(), Duration.ofSeconds(1)));
        this.retry = retry();
    }

    private Retry retry() {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        return Retry.of("telegram", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(error -> isRetryable(unwrap(error)))
                .intervalBiFunction((attempt, outcome) -> retryAfter(unwrap(outcome.getLeft()))
                        .map(Duration::toMillis)
                        .orElseGet(() -> backoff.apply(attempt)))
                .build());
    }

    /** Sends a call that nothing else may be sending (an apology, outside the outbox), within the limits. */
    CompletableFuture<Result> send(Outgoing call) {
        return send(call, () -> CompletableFuture.completedFuture(true));
    }

    /**
     * Sends a message, an edit or a button acknowledgement, within the limits.
     *
     * @param stillOurs asked right before each attempt, once the limits let it go: false ends the call as
     *                  {@link Result#TAKEN_OVER}, unsent
     */
    CompletableFuture<Result> send(Outgoing call, Supplier<CompletableFuture<Boolean>> stillOurs) {
        BotApiMethod<Serializable> method = BotMethods.of(call);
        boolean limited = call.kind() != Outgoing.Kind.ANSWER_CALLBACK;
        // Edits and acknowledgements can be repeated safely; a new message sent twice shows twice.
        SendAttempts attempts = call.kind() == Outgoing.Kind.SEND ? new SendAttempts(
                method.getMethod() + " for chat " + call.chatId(), settings.ambiguousResends(),
                meters.counter(AMBIGUOUS_RESENDS, "method", method.getMethod())) : null;
        Pacer chat = limited ? chatPacer(call.chatId()) : null;
        Supplier<CompletableFuture<Serializable>> attempt = () -> limited ? chat.chargeWhenAnswered(execute(method))
                : execute(method);
        return Retry.decorateCompletionStage(retry, scheduler, () -> (limited
                        ? permit(chat) : CompletableFuture.<Void>completedFuture(null))
                        .thenCompose(ready -> stillOurs.get())
                        .thenCompose(ours -> !ours ? CompletableFuture.failedFuture(new TakenOverException())
                                : attempts == null ? attempt.get() : attempts.attempt(attempt)))
                .get()
                .toCompletableFuture()
                .handle((result, error) -> error == null ? Result.DELIVERED
                        : failed(call, method, unwrap(error)));
    }

    /** Calls a setup method (commands, description, getMe) within the overall limit, with the same retries. */
    <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
        return call(() -> execute(method));
    }

    /** Makes an idempotent call (such as setWebhook, which is not a plain JSON method) with the same retries. */
    <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> attempt) {
        return Retry.decorateCompletionStage(retry, scheduler,
                        () -> overall.acquire().thenCompose(ready -> attempt.get()))
                .get()
                .toCompletableFuture();
    }

    private <T extends Serializable> CompletableFuture<T> execute(BotApiMethod<T> method) {
        try {
            return client.executeAsync(method);
        } catch (TelegramApiException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
    }

    /** Forgets the pace of chats that have been quiet long enough to be back to a full burst. */
    void evictIdleChats() {
        perChat.values().removeIf(Pacer::idle);
    }

    /** Removes the shared buckets of chats quiet long enough to be back to a full burst. */
    void removeExpiredBuckets() {
        buckets.removeExpired();
    }

    private Pacer chatPacer(long chatId) {
        return perChat.computeIfAbsent(chatId, id -> pacer(id, isGroup(id)
                ? atMost(settings.perGroupPerMinute(), Duration.ofMinutes(1))
                : Bandwidth.builder().capacity(settings.perChatBurst())
                        .refillGreedy(settings.perChatPerSecond(), Duration.ofSeconds(1)).build()));
    }

    /**
     * Waits for the chat's limit, then takes a token of the bot's; the chat's token is taken once Telegram answered
     * ({@link Pacer#chargeWhenAnswered}). A chat's calls go one at a time, so counted from the answer, which comes
     * after the call reached Telegram, the chat's next call reaches Telegram at least its interval later whatever
     * delayed this one on its way; counted from before the wait for the bot's token or from before the request left,
     * a delay would bring the two closer. A budget that cannot be read (the database) fails the attempt.
     */
    private CompletableFuture<Void> permit(Pacer chat) {
        return chat.awaitToken().thenCompose(ready -> overall.acquire())
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(new BudgetUnavailableException(error)));
    }

    private Pacer pacer(long key, Bandwidth limit) {
        return new Pacer(buckets.bucket(key, limit), limit.getCapacity(), scheduler);
    }

    /**
     * A bucket that never lets more than {@code limit} reach Telegram in any window of {@code period}: a small burst
     * (one call at Telegram's 30 a second), then a steady pace. A bucket of {@code limit} tokens refilled
     * {@code limit} times per period would let twice the limit through in the first period. The pace leaves
     * {@link #DELIVERY_JITTER} of slack, since calls paced exactly {@code period} apart can arrive closer together; a
     * 429 costs far more (Telegram then makes the bot wait seconds) than the few percent of pace given up.
     */
    private static Bandwidth atMost(int limit, Duration period) {
        int burst = Math.max(1, limit / 30);
        return Bandwidth.builder().capacity(burst).refillGreedy(Math.max(1, limit - burst), period.plus(DELIVERY_JITTER))
                .build();
    }

    /** Group and channel ids are negative in the Bot API. */
    private static boolean isGroup(long chatId) {
        return chatId < 0;
    }

    private Result failed(Outgoing call, BotApiMethod<?> method, Throwable error) {
        if (error instanceof TakenOverException) {
            log.info("{} for chat {} not sent: another instance took the call over", method.getMethod(), call.chatId());
            return Result.TAKEN_OVER;
        }
        if (error instanceof SendAttempts.MayHaveArrivedException ambiguous) {
            log.warn("{} for chat {} may have reached Telegram each of {} times, not sent again: {}",
                    method.getMethod(), call.chatId(), settings.ambiguousResends() + 1, describe(ambiguous.getCause()));
            return Result.REFUSED;
        }
        if (error instanceof TelegramApiRequestException refused && refused.getErrorCode() != null) {
            int code = refused.getErrorCode();
            String description = String.valueOf(refused.getApiResponse());
            if (code == 403) {
                log.info("Chat {} blocked the bot or cannot be written to ({}): marked inactive", call.chatId(), description);
                chatBlocked.accept(call.chatId());
                return Result.BLOCKED;
            }
            if (code == 400 && description.toLowerCase(Locale.ROOT).contains("message is not modified")) {
                return Result.DELIVERED;
            }
            if (code == 400 || code == 404 || code == 401) {
                log.warn("Telegram refused {} for chat {}: [{}] {}", method.getMethod(), call.chatId(), code, description);
                return Result.REFUSED;
            }
        }
        if (!isRetryable(error)) {
            log.warn("{} for chat {} failed and is not retried: {}", method.getMethod(), call.chatId(), describe(error));
            return Result.REFUSED;
        }
        log.warn("{} for chat {} still failing after {} attempts, kept for later: {}", method.getMethod(),
                call.chatId(), settings.maxAttempts(), describe(error));
        Metrics.counter("careerbot.telegram.sends.given.up", "method", method.getMethod().toLowerCase(Locale.ROOT))
                .increment();
        return Result.GAVE_UP;
    }

    /**
     * 429, 5xx, an unreadable answer (a proxy's error page), a send budget that could not be read and every network
     * failure are worth another try. A new message whose request may have reached Telegram (the connection reset or
     * closed, or a timeout, after it was written) is tried again a bounded number of times only ({@link SendAttempts}).
     */
    static boolean isRetryable(Throwable error) {
        if (error instanceof SendAttempts.MayHaveArrivedException || error instanceof TakenOverException) {
            return false;
        }
        if (error instanceof TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            return code == null || code == 0 || code == 429 || code >= 500;
        }
        return error instanceof BudgetUnavailableException || ioCause(error) != null;
    }

    /**
     * Whether a failed request certainly never reached Telegram: no connection was made (refused, no route, unknown
     * host, connect timeout). Any other network failure (reset, closed before the answer, read or write timeout) may
     * have come after Telegram took the request.
     */
    static boolean neverLeft(IOException io) {
        return io instanceof ConnectException || io instanceof UnknownHostException
                || io instanceof NoRouteToHostException
                || io instanceof SocketTimeoutException && String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT)
                .contains("connect");
    }

    static IOException ioCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static java.util.Optional<Duration> retryAfter(Throwable error) {
        if (error instanceof TelegramApiRequestException refused && refused.getParameters() != null
                && refused.getParameters().getRetryAfter() != null) {
            return java.util.Optional.of(Duration.ofSeconds(refused.getParameters().getRetryAfter()));
        }
        return java.util.Optional.empty();
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static String describe(Throwable error) {
        if (error instanceof TelegramApiRequestException refused) {
            return "[" + refused.getErrorCode() + "] " + refused.getApiResponse();
        }
        IOException io = ioCause(error);
        return io != null ? io.getClass().getSimpleName() + ": " + io.getMessage() : error.getClass().getSimpleName();
    }

    /** The bot's send budget could not be read (shared buckets: the database); the call is tried again. */
    static final class BudgetUnavailableException extends RuntimeException {

        BudgetUnavailableException(Throwable cause) {
            super("Send budget unavailable: " + cause, cause, false, false);
        }
    }

    /** The call's claim was taken over by another instance, which sends it. */
    static final class TakenOverException extends RuntimeException {

        TakenOverException() {
            super("Taken over by another instance", null, false, false);
        }
    }
}
