package com.careerbot.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A WARN for what users notice when the database is unavailable (a 503, an apology), with the cause, at most once per
 * interval per place: a stall of a few seconds is visible in the log without a line per request.
 */
public final class DatabaseTroubleLog {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final Logger log;
    private final AtomicLong nextLineAt = new AtomicLong(System.nanoTime());
    private final AtomicInteger unlogged = new AtomicInteger();

    public DatabaseTroubleLog(Logger log) {
        this.log = log;
    }

    /** @param consequence what the user got, such as "Webhook answered 503" */
    public void warn(String consequence, Throwable cause) {
        long now = System.nanoTime();
        long due = nextLineAt.get();
        if (now - due < 0 || !nextLineAt.compareAndSet(due, now + INTERVAL.toNanos())) {
            unlogged.incrementAndGet();
            return;
        }
        int since = unlogged.getAndSet(0);
        log.warn("{}: the database is unavailable ({}){}", consequence, rootCause(cause),
                since == 0 ? "" : "; " + since + " more since the last such line");
    }

    /** The innermost cause, named and described, for a log line. */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
