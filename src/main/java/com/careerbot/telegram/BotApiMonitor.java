package com.careerbot.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * Sees every Bot API call on its way through OkHttp: counts and times it by method and status class, counts 429s and
 * the seconds Telegram asked to wait, and remembers how the channel is doing for {@link TelegramHealthIndicator}. It
 * reads the method from the URL and never keeps the URL, which holds the token.
 */
@Component
class BotApiMonitor implements Interceptor {

    private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,40}");
    private static final Pattern RETRY_AFTER = Pattern.compile("\"retry_after\"\\s*:\\s*(\\d+)");

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter throttled;
    private final Counter throttledSeconds;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile boolean webhookSet;
    private volatile boolean tokenRejected;

    BotApiMonitor(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.throttled = Counter.builder("careerbot.telegram.throttled")
                .description("Bot API calls Telegram answered 429 Too Many Requests").register(registry);
        this.throttledSeconds = Counter.builder("careerbot.telegram.throttled.wait").baseUnit("seconds")
                .description("Seconds Telegram asked the bot to wait (retry_after) in its 429s").register(registry);
    }

    /** How the channel is doing, as the Bot API calls so far tell. */
    record State(Instant lastSuccess, int consecutiveFailures, String lastError, boolean webhookSet,
                 boolean tokenRejected) {
    }

    State state() {
        return new State(lastSuccess, consecutiveFailures.get(), lastError, webhookSet, tokenRejected);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = method(chain.request().url().pathSegments());
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            record(method, "io_error", start);
            failed(e.getClass().getSimpleName());
            throw e;
        }
        int code = response.code();
        record(method, code / 100 + "xx", start);
        if (code / 100 == 2) {
            lastSuccess = clock.instant();
            consecutiveFailures.set(0);
            tokenRejected = false;
            if (method.equals("setwebhook")) {
                webhookSet = true;
            }
        } else if (code == 429) {
            throttled.increment();
            Matcher retryAfter = RETRY_AFTER.matcher(response.peekBody(4096).string());
            if (retryAfter.find()) {
                throttledSeconds.increment(Integer.parseInt(retryAfter.group(1)));
            }
            failed("HTTP 429");
        } else if (code >= 500 || code == 401 || code == 404) {
            // 401 and 404 are how Telegram answers a token it does not know.
            tokenRejected = code < 500;
            failed("HTTP " + code);
        }
        // Other 4xx (a blocked chat, a message not modified) say nothing about the channel.
        return response;
    }

    private void failed(String error) {
        consecutiveFailures.incrementAndGet();
        lastError = error;
    }

    private void record(String method, String status, long start) {
        Timer.builder("careerbot.telegram.api.calls").tag("method", method).tag("status", status)
                .description("Bot API calls, by method and HTTP status class (io_error: no answer)")
                .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** The last path segment, the method's name ({@code /bot<token>/sendMessage}), in lower case. */
    private static String method(List<String> segments) {
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        return METHOD.matcher(last).matches() ? last.toLowerCase(Locale.ROOT) : "other";
    }
}
