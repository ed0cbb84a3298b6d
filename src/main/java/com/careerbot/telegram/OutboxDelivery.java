package com.careerbot.telegram;

import java.time.Duration;
import java.util.List;
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
 * Sends a chat's waiting calls in order, each removed once Telegram accepted or refused it for good. A call that keeps
 * failing stays, with those after it, for a later sweep: nothing is lost and the order holds.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final OutboxRemovals removals;
    private final BotSender sender;
    private final WorkersOrCaller settling;
    /** Calls on their way to Telegram, until settled. */
    private final Set<CompletableFuture<Boolean>> unsettled = ConcurrentHashMap.newKeySet();
    /** Calls Telegram took whose removal from the outbox failed (database down): never to be sent again. */
    private final Set<Long> settledNotRemoved = ConcurrentHashMap.newKeySet();
    /** Chats with an older call left in the outbox by a delivery that gave up: theirs go out oldest first. */
    private final Set<Long> chatsBehind = ConcurrentHashMap.newKeySet();

    OutboxDelivery(Outbox outbox, OutboxRemovals removals, BotSender sender, WorkersOrCaller settling) {
        this.outbox = outbox;
        this.removals = removals;
        this.sender = sender;
        this.settling = settling;
    }

    /**
     * Sends what waits in a chat's outbox, this instance's or abandoned.
     *
     * @param all take calls whatever their lease (a single poller at startup)
     */
    CompletableFuture<Void> deliverWaiting(long chatId, boolean all) {
        List<Outbox.Entry> entries;
        try {
            entries = outbox.claim(chatId, all);
        } catch (DataAccessException e) {
            log.warn("Cannot read the outbox of chat {}, a later sweep delivers it: {}", chatId, e.toString());
            return CompletableFuture.completedFuture(null);
        }
        return send(chatId, entries).thenAccept(allSettled -> {
            if (allSettled) {
                chatsBehind.remove(chatId);
            }
        });
    }

    /**
     * Sends calls this instance has just written to the outbox, in order, removing each once settled; after what
     * still waits from an earlier delivery to the chat, if any, so that the chat reads its answers in order.
     */
    CompletableFuture<Void> deliver(long chatId, List<Outbox.Entry> entries) {
        if (chatsBehind.contains(chatId)) {
            return deliverWaiting(chatId, false);
        }
        return send(chatId, entries).thenApply(allSettled -> null);
    }

    /** @return whether every call was settled (none left for later) */
    private CompletableFuture<Boolean> send(long chatId, List<Outbox.Entry> entries) {
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        for (Outbox.Entry entry : entries) {
            if (settledNotRemoved.contains(entry.id())) {
                continue;
            }
            chain = chain.thenCompose(goOn -> !goOn ? CompletableFuture.completedFuture(false)
                    : tracked(sender.send(entry.outgoing()).thenComposeAsync(result -> settle(chatId, entry, result),
                            settling)));
        }
        return chain;
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
                    if (error != null) {
                        settledNotRemoved.add(entry.id());
                        log.warn("Call {} of chat {} went through but the outbox is unavailable; removed later",
                                entry.id(), chatId);
                    }
                    return true;
                });
            }
            case BLOCKED -> {
                try {
                    outbox.deleteChat(chatId);
                } catch (DataAccessException e) {
                    settledNotRemoved.add(entry.id());
                    log.warn("Chat {} blocked the bot but the outbox is unavailable; call {} removed later", chatId,
                            entry.id());
                }
                return CompletableFuture.completedFuture(false);
            }
            case GAVE_UP -> {
                chatsBehind.add(chatId);
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
