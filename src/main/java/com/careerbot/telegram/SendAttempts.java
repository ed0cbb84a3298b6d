package com.careerbot.telegram;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The attempts at one new message, which Telegram shows twice if it takes it twice. A failure that proves the request
 * never left ({@link BotSender#neverLeft}) or an answer from Telegram (429, 5xx) is retried as any call is. A failure
 * after the request may have reached Telegram (the connection reset or closed before the answer, a read or write
 * timeout) is ambiguous: far more often the request never arrived than Telegram took it and the answer was lost, and
 * an answer lost is worse for the person who asked than a rare duplicate, so the message is sent again, at most
 * {@code maxResends} times, each resend counted. Past that it is given up, logged.
 */
final class SendAttempts {

    private static final Logger log = LoggerFactory.getLogger(SendAttempts.class);

    private final String call;
    private final int maxResends;
    private final Counter resends;
    private int ambiguousFailures;
    private boolean lastAmbiguous;

    /**
     * @param call    the method and chat, for the log
     * @param resends counts every attempt made after one that may have reached Telegram
     */
    SendAttempts(String call, int maxResends, Counter resends) {
        this.call = call;
        this.maxResends = maxResends;
        this.resends = resends;
    }

    /**
     * Makes one attempt; attempts of one message follow one another, never overlap.
     *
     * @return the attempt's outcome; a {@link MayHaveArrivedException} once a failure that may have reached Telegram
     *         comes after {@code maxResends} resends
     */
    <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
        if (lastAmbiguous) {
            resends.increment();
        }
        return call.get().handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(result);
            }
            Throwable cause = BotSender.unwrap(error);
            lastAmbiguous = mayHaveArrived(cause);
            if (lastAmbiguous && ++ambiguousFailures > maxResends) {
                return CompletableFuture.<T>failedFuture(new MayHaveArrivedException(cause));
            }
            if (lastAmbiguous) {
                log.info("{} may have reached Telegram ({}): sent again ({} of at most {})", call,
                        BotSender.describe(cause), ambiguousFailures, maxResends);
            }
            return CompletableFuture.<T>failedFuture(cause);
        }).thenCompose(outcome -> outcome);
    }

    /** A network failure other than one proving the request never left; not an answer Telegram gave. */
    static boolean mayHaveArrived(Throwable error) {
        if (error instanceof TelegramApiRequestException answered && answered.getErrorCode() != null
                && answered.getErrorCode() != 0) {
            return false;
        }
        IOException io = BotSender.ioCause(error);
        return io != null && !BotSender.neverLeft(io);
    }

    /** A message that may have reached Telegram on every one of its allowed attempts: not sent again. */
    static final class MayHaveArrivedException extends RuntimeException {

        MayHaveArrivedException(Throwable lastFailure) {
            super("May have reached Telegram: " + BotSender.describe(lastFailure), lastFailure, false, false);
        }
    }
}
