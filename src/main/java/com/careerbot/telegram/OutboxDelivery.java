package com.careerbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Sends a chat's waiting calls one at a time, oldest first, each removed once Telegram accepted or refused it for good,
 * whichever instance wrote them: the instance that holds a chat's oldest call goes on with the next. A call that keeps
 * failing is released for a later sweep, with those after it: nothing is lost and the order holds.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final OutboxRemovals removals;
    private final BotSender sender;
    private final WorkersOrCaller settling;
    private final Clock clock;
    /** Half the lease: a claim with less left is renewed before the next attempt, so that the attempt ends in it. */
    private final Duration renewWithin;
    /** Calls on their way to Telegram, until settled. */
    private final Set<CompletableFuture<Boolean>> unsettled = ConcurrentHashMap.newKeySet();
    /** Calls this instance holds, by id, renewed at each sweep while it works on them. */
    private final Map<Long, Outbox.Entry> held = new ConcurrentHashMap<>();
    /** Calls Telegram took whose removal from the outbox failed (database down): never to be sent again. */
    private final Set<Long> settledNotRemoved = ConcurrentHashMap.newKeySet();

    OutboxDelivery(Outbox outbox, OutboxRemovals removals, BotSender sender, WorkersOrCaller settling, Clock clock,
                   Duration lease) {
        this.outbox = outbox;
        this.removals = removals;
        this.sender = sender;
        this.settling = settling;
        this.clock = clock;
        this.renewWithin = lease.dividedBy(2);
    }

    /**
     * Sends what waits in a chat's outbox, oldest first, unless another live instance holds its oldest call (that
     * one goes on with the rest).
     *
     * @param all take the oldest call whatever its lease (a single poller at startup)
     */
    CompletableFuture<Void> deliver(long chatId, boolean all) {
        Optional<Outbox.Entry> oldest;
        try {
            oldest = outbox.claimOldest(chatId, all);
            while (oldest.isPresent() && settledNotRemoved.remove(oldest.get().id())) {
                outbox.delete(oldest.get().id());
                oldest = outbox.claimOldest(chatId, all);
            }
        } catch (DataAccessException e) {
            log.warn("Cannot read the outbox of chat {}, a later sweep delivers it: {}", chatId, e.toString());
            return CompletableFuture.completedFuture(null);
        }
        if (oldest.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Outbox.Entry entry = oldest.get();
        held.put(entry.id(), entry);
        return tracked(sender.send(entry.outgoing(), () -> fence(entry.id()))
                .thenComposeAsync(result -> settle(chatId, entry, result), settling))
                .thenCompose(goOn -> goOn ? deliver(chatId, false) : CompletableFuture.completedFuture(null));
    }

    /**
     * Right before each attempt: whether the call is still this instance's, with enough lease left for the attempt to
     * end within it. A claim close to its end is renewed in one statement that checks the owner, so that another
     * instance that took the call over (this one stalled past the lease) is the only one to send it.
     */
    private CompletableFuture<Boolean> fence(long id) {
        Outbox.Entry entry = held.get(id);
        if (entry == null) {
            return CompletableFuture.completedFuture(false);
        }
        if (Duration.between(clock.instant(), entry.leasedUntil()).compareTo(renewWithin) > 0) {
            return CompletableFuture.completedFuture(true);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                Optional<Outbox.Entry> renewed = outbox.renew(entry);
                renewed.ifPresentOrElse(claim -> held.put(id, claim), () -> held.remove(id));
                return renewed.isPresent();
            } catch (DataAccessException e) {
                log.warn("Cannot renew the claim on call {}, not sent for now: {}", id, e.toString());
                return false;
            }
        }, settling);
    }

    /**
     * Extends the claims on the calls this instance is working on (waiting out a 429, backing off), at each sweep, so
     * that no other instance takes them over meanwhile. The claims as known here are left as they were: the renewal
     * does not say which calls were still this instance's, so the check before an attempt still does.
     */
    void renewHeld() {
        outbox.renew(List.copyOf(held.keySet()));
    }

    /**
     * Waits for the calls on their way to Telegram to be settled, at most {@code timeout}: at shutdown, so that a
     * call Telegram took is removed from the outbox rather than sent again at the next start.
     *
     * @return whether every call was settled in time
     */
    boolean awaitSettled(Duration timeout) throws InterruptedException {
        try {
            CompletableFuture.allOf(unsettled.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException failed) {
            // Settling handles its own failures; a call that failed here is no longer on its way.
            return true;
        }
    }

    private CompletableFuture<Boolean> tracked(CompletableFuture<Boolean> call) {
        unsettled.add(call);
        call.whenComplete((goOn, error) -> unsettled.remove(call));
        return call;
    }

    /** @return whether to go on with the chat's next call, once this one is settled */
    private CompletableFuture<Boolean> settle(long chatId, Outbox.Entry entry, BotSender.Result result) {
        switch (result) {
            case DELIVERED, REFUSED -> {
                return removals.remove(entry.id()).handle((removed, error) -> {
                    held.remove(entry.id());
                    if (error != null) {
                        settledNotRemoved.add(entry.id());
                        log.warn("Call {} of chat {} went through but the outbox is unavailable; removed later",
                                entry.id(), chatId);
                        return false;
                    }
                    return true;
                });
            }
            case BLOCKED -> {
                held.remove(entry.id());
                try {
                    outbox.deleteChat(chatId);
                } catch (DataAccessException e) {
                    settledNotRemoved.add(entry.id());
                    log.warn("Chat {} blocked the bot but the outbox is unavailable; call {} removed later", chatId,
                            entry.id());
                }
                return CompletableFuture.completedFuture(false);
            }
            case TAKEN_OVER -> {
                held.remove(entry.id());
                return CompletableFuture.completedFuture(false);
            }
            case GAVE_UP -> {
                held.remove(entry.id());
                try {
                    outbox.release(entry.id());
                } catch (DataAccessException e) {
                    log.warn("Call {} of chat {} kept failing and the outbox is unavailable; its lease frees it",
                            entry.id(), chatId);
                }
                return CompletableFuture.completedFuture(false);
            }
        }
        throw new IllegalStateException("Unknown send result " + result);
    }

    /** Removes from the outbox the calls that went through while the database was unavailable. */
    void removeSettled() {
        for (long id : settledNotRemoved) {
            outbox.delete(id);
            settledNotRemoved.remove(id);
        }
    }
}
