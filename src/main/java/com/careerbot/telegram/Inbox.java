package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The durable inbox: updates are stored, unique on {@code update_id}, before anything else happens to them; handling
 * marks them done and erases their content. What an instance stored and did not handle within its lease is taken
 * over by the next sweep.
 */
class Inbox {

    /**
     * An update to handle.
     *
     * @param update the update itself when this instance just received it, so that handling need not read it back;
     *               null when it is to be read from the database
     */
    record Pending(long updateId, String chatKey, Update update) {
    }

    /** An update as received: its payload is what is stored. */
    record Received(long updateId, String chatKey, String payload, Update update) {
    }

    /** Far enough in the future to cover any lease. */
    private static final Duration EVERYTHING = Duration.ofDays(3650);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lease;
    private final String owner;

    Inbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, Duration lease, String owner) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
        this.owner = owner;
    }

    /**
     * Stores updates not seen before, in one transaction.
     *
     * @param updates in Telegram's order, without two of the same id
     * @return the updates newly stored, in order; those already stored left out
     */
    List<Pending> store(List<Received> updates) {
        try {
            return transactions.execute(status -> insertNew(updates));
        } catch (DuplicateKeyException raced) {
            // Another instance stored one of them between our check and our insert: store one by one.
            List<Pending> stored = new ArrayList<>();
            for (Received update : updates) {
                try {
                    stored.addAll(transactions.execute(status -> insertNew(List.of(update))));
                } catch (DuplicateKeyException duplicate) {
                    // Stored by the other instance: it handles it.
                }
            }
            return stored;
        }
    }

    private List<Pending> insertNew(List<Received> updates) {
        Instant now = clock.instant();
        Set<Long> known = new HashSet<>(jdbc.sql("SELECT update_id FROM telegram_update WHERE update_id IN (:ids)")
                .param("ids", updates.stream().map(Received::updateId).toList()).query(Long.class).list());
        List<Pending> stored = new ArrayList<>();
        for (Received update : updates) {
            if (!known.add(update.updateId())) {
                continue;
            }
            jdbc.sql("INSERT INTO telegram_update (update_id, received_at) VALUES (?, ?)")
                    .params(update.updateId(), Timestamp.from(now)).update();
            jdbc.sql("INSERT INTO telegram_pending_update (update_id, chat_key, payload, owner, locked_until) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(update.updateId(), update.chatKey(), update.payload(), owner,
                            Timestamp.from(now.plus(lease)))
                    .update();
            stored.add(new Pending(update.updateId(), update.chatKey(), update.update()));
        }
        return stored;
    }

    /** The payload of an update still to handle; empty once handled. */
    Optional<String> payload(long updateId) {
        return jdbc.sql("SELECT payload FROM telegram_pending_update WHERE update_id = ?")
                .param(updateId).query(String.class).optional();
    }

    /**
     * Marks an update handled, erasing it but for its id. Call inside the transaction that saves what handling it
     * changed: the row lock it takes makes a second handler of the same update wait, then find it handled.
     *
     * @return false when the update was already handled (the caller must roll back)
     */
    boolean markHandled(long updateId) {
        return jdbc.sql("DELETE FROM telegram_pending_update WHERE update_id = ?").param(updateId).update() == 1;
    }

    /** Whether an update of the chat older than this one is still to handle. */
    boolean hasOlderPending(String chatKey, long updateId) {
        return jdbc.sql("SELECT 1 FROM telegram_pending_update WHERE chat_key = ? AND update_id < ? "
                        + "FETCH FIRST 1 ROWS ONLY")
                .params(chatKey, updateId).query(Integer.class).optional().isPresent();
    }

    /** The highest update id ever stored, to resume polling after it. */
    Optional<Long> lastUpdateId() {
        return jdbc.sql("SELECT MAX(update_id) FROM telegram_update").query(Long.class).optional();
    }

    /**
     * Takes pending updates that are this instance's (a handling that failed, the database being down) or whose
     * owner's lease ran out, in update order.
     *
     * @param all      take every pending update (a single poller starting: nobody else can be handling them)
     * @param inFlight updates this instance is handling right now, left alone
     */
    List<Pending> claim(boolean all, Set<Long> inFlight) {
        Instant now = clock.instant();
        Timestamp expiredBefore = Timestamp.from(all ? now.plus(EVERYTHING) : now);
        List<Pending> candidates = jdbc.sql("SELECT update_id, chat_key FROM telegram_pending_update "
                        + "WHERE owner = ? OR locked_until < ? ORDER BY update_id")
                .params(owner, expiredBefore)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), null)).list();
        List<Pending> claimed = new ArrayList<>();
        for (Pending candidate : candidates) {
            if (inFlight.contains(candidate.updateId())) {
                continue;
            }
            int taken = jdbc.sql("UPDATE telegram_pending_update SET owner = ?, locked_until = ? "
                            + "WHERE update_id = ? AND (owner = ? OR locked_until < ?)")
                    .params(owner, Timestamp.from(now.plus(lease)), candidate.updateId(), owner, expiredBefore)
                    .update();
            if (taken == 1) {
                claimed.add(candidate);
            }
        }
        return claimed;
    }

    /** Extends this instance's claims on the updates it is handling, so that no other instance takes them over. */
    void renew(Set<Long> inFlight) {
        if (!inFlight.isEmpty()) {
            jdbc.sql("UPDATE telegram_pending_update SET locked_until = :until WHERE owner = :owner "
                            + "AND update_id IN (:ids)")
                    .param("until", Timestamp.from(clock.instant().plus(lease))).param("owner", owner)
                    .param("ids", inFlight).update();
        }
    }

    /**
     * Forgets the ids of updates received before the retention and handled, keeping the newest to resume polling
     * from.
     */
    int prune(Duration retention) {
        return jdbc.sql("DELETE FROM telegram_update WHERE received_at < ? "
                        + "AND update_id < (SELECT MAX(update_id) FROM telegram_update) AND NOT EXISTS ("
                        + "SELECT 1 FROM telegram_pending_update pending "
                        + "WHERE pending.update_id = telegram_update.update_id)")
                .param(Timestamp.from(clock.instant().minus(retention))).update();
    }
}
