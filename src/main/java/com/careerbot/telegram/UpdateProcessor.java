package com.careerbot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.careerbot.answer.Messages;
import com.careerbot.answer.Reply;
import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
import com.careerbot.conversation.ConversationUnavailableException;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chats;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one stored update: routes it, runs the conversation turn, and in the same transaction writes the replies to
 * the outbox and marks the update handled. Then delivers the chat's outbox. Called on the chat's lane, so a chat's
 * updates are handled one at a time, in order.
 */
class UpdateProcessor {

    static final String UPDATE_ID = "updateId";
    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final UpdateRouter router;
    private final FloodGuard flood;
    private final Apologies apologies;
    private final ConversationEngine engine;
    private final Chats chats;
    private final Messages messages;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    UpdateProcessor(Inbox inbox, Outbox outbox, OutboxDelivery delivery, UpdateRouter router, FloodGuard flood,
                    Apologies apologies, ConversationEngine engine, Chats chats, Messages messages,
                    TransactionTemplate transactions, ObjectMapper json) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.delivery = delivery;
        this.router = router;
        this.flood = flood;
        this.apologies = apologies;
        this.engine = engine;
        this.chats = chats;
        this.messages = messages;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Whether an older update of the same chat is still pending (another instance handles it): handled first, so that
     * the chat's turns run in the order of its updates. An update with no chat of its own waits for nothing.
     */
    boolean waitsForAnOlderUpdate(Inbox.Pending pending) {
        if (pending.chatKey() == null || pending.chatKey().startsWith("update:")) {
            return false;
        }
        try {
            return inbox.hasOlderPending(pending.chatKey(), pending.updateId());
        } catch (DataAccessException e) {
            // Handling fails the same way and leaves the update for later.
            return false;
        }
    }

    /** Logs of the update's handling on this thread carry its id, never its text (docs/operations.md). */
    CompletableFuture<Void> process(Inbox.Pending pending) {
        try (MDC.MDCCloseable updateId = MDC.putCloseable(UPDATE_ID, String.valueOf(pending.updateId()))) {
            return handleUpdate(pending);
        }
    }

    private CompletableFuture<Void> handleUpdate(Inbox.Pending pending) {
        long updateId = pending.updateId();
        try {
            Optional<Update> update;
            if (pending.update() != null) {
                update = Optional.of(pending.update());
            } else {
                Optional<String> payload = inbox.payload(updateId);
                if (payload.isEmpty()) {
                    return done();
                }
                update = parse(updateId, payload.get());
            }
            if (update.isEmpty()) {
                handle(updateId, List.of());
                return done();
            }
            Route route = router.route(update.get());
            if (route instanceof Route.Converse converse) {
                return converse(updateId, converse);
            }
            // Updates that reach the engine are counted there, with the other channels'.
            Metrics.counter("careerbot.updates.received", "channel", UpdateRouter.CHANNEL, "type",
                    route.getClass().getSimpleName().toLowerCase(Locale.ROOT)).increment();
            if (route instanceof Route.Reachability reachability) {
                transactions.executeWithoutResult(status -> {
                    if (inbox.markHandled(updateId)) {
                        chats.setActive(ChatId.of(UpdateRouter.CHANNEL, String.valueOf(reachability.chatId())).value(),
                                reachability.reachable());
                    }
                });
                return done();
            }
            if (route instanceof Route.Acknowledge acknowledge) {
                return deliverIf(acknowledge.userId(), handle(updateId,
                        List.of(Outgoing.answerCallback(acknowledge.userId(), acknowledge.callbackQueryId()))));
            }
            log.debug("Update {} ignored: {}", updateId, ((Route.Ignore) route).reason());
            handle(updateId, List.of());
            return done();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Update {} left for later, the database is unavailable: {}", updateId, e.toString());
            return done();
        }
    }

    private CompletableFuture<Void> converse(long updateId, Route.Converse converse) {
        ReplyTarget target = converse.target();
        // Taps on the bot's own buttons (a quiz is ten in a row) are not flooding; typed messages are counted.
        boolean typed = target.callbackQueryId() == null;
        switch (typed ? flood.admit(converse.chatId()) : FloodGuard.Verdict.ADMIT) {
            case DROP -> {
                return deliverIf(converse.chatId(), handle(updateId, ReplyMapper.calls(target, List.of())));
            }
            case WARN -> {
                Language language = converse.inbound().clientLanguage().orElse(Language.FR);
                return deliverIf(converse.chatId(), handle(updateId,
                        ReplyMapper.calls(target, List.of(Reply.text(messages.get(language, "telegram.flood"))))));
            }
            case ADMIT -> {
                AtomicBoolean written = new AtomicBoolean();
                try {
                    engine.handle(converse.inbound(), outcome -> {
                        if (!inbox.markHandled(updateId)) {
                            throw new AlreadyHandledException(updateId);
                        }
                        List<Outgoing> calls = ReplyMapper.calls(target, outcome);
                        outbox.add(calls);
                        written.set(!calls.isEmpty());
                    });
                } catch (AlreadyHandledException duplicate) {
                    return done();
                } catch (ConversationUnavailableException e) {
                    apologies.apologise(target, e.apology(), e);
                    return done();
                } catch (DataAccessException | TransactionException e) {
                    throw e;
                } catch (RuntimeException bug) {
                    // A fault of ours does not go away on retry: answer politely and move on.
                    log.error("Update {} could not be handled", updateId, bug);
                    Language language = converse.inbound().clientLanguage().orElse(Language.FR);
                    written.set(handle(updateId,
                            ReplyMapper.calls(target, List.of(Reply.text(messages.get(language, "error.internal"))))));
                }
                return deliverIf(converse.chatId(), written.get());
            }
        }
        throw new IllegalStateException("Unknown flood verdict");
    }

    /**
     * Marks an update handled, with the calls it leads to, unless another worker did it first.
     *
     * @return whether calls were written to the outbox, to send once committed
     */
    private boolean handle(long updateId, List<Outgoing> calls) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!inbox.markHandled(updateId)) {
                return false;
            }
            outbox.add(calls);
            return !calls.isEmpty();
        }));
    }

    /** Sends the chat's waiting calls, oldest first, when this update wrote some. */
    private CompletableFuture<Void> deliverIf(long chatId, boolean written) {
        return written ? delivery.deliver(chatId, false) : done();
    }

    private Optional<Update> parse(long updateId, String payload) {
        try {
            return Optional.of(json.readValue(payload, Update.class));
        } catch (Exception e) {
            log.warn("Update {} cannot be read and is dropped: {}", updateId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
