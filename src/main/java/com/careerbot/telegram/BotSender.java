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

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
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
        GAVE_UP
    }

    private static final Logger log = LoggerFactory.getLogger(BotSender.class);
    private static final Duration DELIVERY_JITTER = Duration.ofMillis(100);

    private final OkHttpTelegramClient client;
    private final ScheduledExecutorService scheduler;
    private final TelegramProperties.Sending settings;
    private final LongConsumer chatBlocked;
    private final Pacer overall;
    private final Map<Long, Pacer> perChat = new ConcurrentHashMap<>();
    /** For calls that can be repeated safely: edits, acknowledgements, setup. */
    private final Retry idempotentRetry;
    /** For new messages: a failure after the request may have reached Telegram is not retried. */
    private final Retry sendRetry;

    BotSender(OkHttpTelegramClient client, ScheduledExecutorService scheduler, TelegramProperties.Sending settings,
              LongConsumer chatBlocked) {
        this.client = client;
        this.scheduler = scheduler;
        this.settings = settings;
        this.chatBlocked = chatBlocked;
        this.overall = pacer(atMost(settings.messagesPerSecond(), Duration.ofSeconds(1)));
        this.idempotentRetry = retry("telegram-idempotent", true);
        this.sendRetry = retry("telegram-send", false);
    }

    private Retry retry(String name, boolean idempotent) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(error -> isRetryable(unwrap(error), idempotent))
                .intervalBiFunction((attempt, outcome) -> retryAfter(unwrap(outcome.getLeft()))
                        .map(Duration::toMillis)
                        .orElseGet(() -> backoff.apply(attempt)))
                .build());
    }

    /** Sends a message, an edit or a button acknowledgement, within the limits. */
    CompletableFuture<Result> send(Outgoing call) {
        BotApiMethod<Serializable> method = BotMethods.of(call);
        boolean limited = call.kind() != Outgoing.Kind.ANSWER_CALLBACK;
        boolean idempotent = call.kind() != Outgoing.Kind.SEND;
        return Retry.decorateCompletionStage(idempotent ? idempotentRetry : sendRetry, scheduler, () -> (limited ? permit(call.chatId())
                        : CompletableFuture.<Void>completedFuture(null))
                        .thenCompose(ready -> execute(method)))
                .get()
                .toCompletableFuture()
                .handle((result, error) -> error == null ? Result.DELIVERED
                        : failed(call, method, unwrap(error), idempotent));
    }

    /** Calls a setup method (commands, description, getMe) within the overall limit, with the same retries. */
    <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
        return call(() -> execute(method));
    }

    /** Makes an idempotent call (such as setWebhook, which is not a plain JSON method) with the same retries. */
    <T> CompletableFuture<T> call(java.util.function.Supplier<CompletableFuture<T>> attempt) {
        return Retry.decorateCompletionStage(idempotentRetry, scheduler,
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

    private CompletableFuture<Void> permit(long chatId) {
        Pacer chat = perChat.computeIfAbsent(chatId, id -> pacer(isGroup(id)
                ? atMost(settings.perGroupPerMinute(), Duration.ofMinutes(1))
                : Bandwidth.builder().capacity(settings.perChatBurst())
                        .refillGreedy(settings.perChatPerSecond(), Duration.ofSeconds(1)).build()));
        return chat.acquire().thenCompose(ready -> overall.acquire());
    }

    private Pacer pacer(Bandwidth limit) {
        return new Pacer(Bucket.builder().addLimit(limit).build(), limit.getCapacity(), scheduler);
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

    private Result failed(Outgoing call, BotApiMethod<?> method, Throwable error, boolean idempotent) {
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
        if (!isRetryable(error, idempotent)) {
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
     * 429, 5xx, an unreadable answer (a proxy's error page) and failures to connect are worth another try. A timeout
     * after a message was written is not: Telegram may have delivered it, and a duplicate is worse than a retry.
     */
    static boolean isRetryable(Throwable error, boolean idempotent) {
        if (error instanceof TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            return code == null || code == 0 || code == 429 || code >= 500;
        }
        IOException io = ioCause(error);
        return io != null && (idempotent || beforeSending(io));
    }

    private static boolean beforeSending(IOException io) {
        return io instanceof ConnectException || io instanceof UnknownHostException
                || io instanceof NoRouteToHostException
                || io instanceof SocketTimeoutException && String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT)
                .contains("connect");
    }

    private static IOException ioCause(Throwable error) {
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
}
