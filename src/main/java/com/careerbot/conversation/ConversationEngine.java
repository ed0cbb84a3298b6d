package com.careerbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.careerbot.answer.Messages;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chat;
import com.careerbot.store.Chats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one conversation engine every channel calls: a user action in, the bot's replies out, the chat's state read and
 * written in one transaction around a {@link Conversation} turn. Two turns of the same chat at the same time are
 * serialised by optimistic locking: the loser runs again on the winner's state, so no quiz answer is lost or counted
 * twice.
 */
public class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final Conversation conversation;
    private final Messages messages;
    private final Chats chats;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConversationProperties properties;
    private final List<TurnListener> listeners;

    ConversationEngine(Conversation conversation, Messages messages, Chats chats, TransactionTemplate transactions,
                       Clock clock, ConversationProperties properties, List<TurnListener> listeners) {
        this.conversation = conversation;
        this.messages = messages;
        this.chats = chats;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.listeners = List.copyOf(listeners);
    }

    public Outcome handle(Inbound inbound) {
        return handle(inbound, outcome -> { });
    }

    /**
     * @param inTransaction called with the outcome inside the transaction that saves the chat's state, so that what a
     *                      channel records there (an outbox of replies, an update marked done) commits or rolls back
     *                      with it; may run more than once when the turn is tried again
     * @throws ConversationUnavailableException when the database cannot be reached or keeps losing races; nothing was
     *                                          kept
     */
    public Outcome handle(Inbound inbound, Consumer<Outcome> inTransaction) {
        long start = System.nanoTime();
        Outcome outcome = commit(inbound, inTransaction);
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        for (TurnListener listener : listeners) {
            try {
                listener.turnHandled(inbound, outcome, duration);
            } catch (RuntimeException e) {
                log.warn("A turn listener failed: {}", e.toString());
            }
        }
        return outcome;
    }

    private Outcome commit(Inbound inbound, Consumer<Outcome> inTransaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Outcome outcome = turn(inbound);
                    inTransaction.accept(outcome);
                    return outcome;
                });
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // Rows are locked while a turn runs, so this is the first message of a chat racing another one, or a
                // write from outside a turn (a channel marking the chat unreachable): start again from what won.
                if (attempt >= properties.updateAttempts()) {
                    throw unavailable(inbound, e);
                }
                log.debug("Chat updated concurrently, turn tried again (attempt {})", attempt + 1);
            } catch (TransientDataAccessException | DataAccessResourceFailureException | RecoverableDataAccessException
                     | CannotCreateTransactionException e) {
                throw unavailable(inbound, e);
            }
        }
    }

    /** Erases everything kept for a chat. */
    public void forget(ChatId chat) {
        chats.deleteById(chat.value());
    }

    private ConversationUnavailableException unavailable(Inbound inbound, RuntimeException cause) {
        Language language = inbound.clientLanguage().orElse(Language.FR);
        listeners.forEach(listener -> listener.turnUnavailable(inbound));
        log.error("Conversation state unavailable for a turn: {}", cause.toString());
        return new ConversationUnavailableException(language, messages.get(language, "error.unavailable"), cause);
    }

    private Outcome turn(Inbound inbound) {
        String id = inbound.chat().value();
        Instant now = clock.instant();
        Optional<Chat> stored = chats.findLockedById(id);
        Chat chat = stored.orElseGet(() -> Chat.start(id, inbound.clientLanguage().orElse(Language.FR), now));
        Conversation.Step step = conversation.turn(chat, inbound, now);
        if (step.chat() == null) {
            stored.ifPresent(existing -> chats.deleteById(id));
        } else {
            chats.save(step.chat());
        }
        return step.outcome();
    }
}
