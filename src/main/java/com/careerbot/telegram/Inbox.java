package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable inbox: updates are stored, unique on {@code update_id}, before anything else happens to them; handling
 * marks them done and erases their content. What an instance stored and did not handle within its lease is taken
 * over by the next sweep.
 */
class Inbox {

    /** An update waiting to be handled. */
    record Pending(long updateId, String chatKey) {
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
     * @param payloads update JSON by update id, in Telegram's order
     * @param chatKeys the chat of each update (its lane), by update id
     * @return the updates newly stored, in order; duplicates (already stored, or twice in the batch) left out
     */
    List<Pending> store(Map<Long, String> payloads, Map<Long, String> chatKeys) {
        try {
            return transactions.execute(status -> insertNew(payloads, chatKeys));
        } catch (DuplicateKeyException raced) {
            // Another instance stored one of them between our check and our insert: store one by one.
            List<Pending> stored = new ArrayList<>();
            payloads.forEach((id, payload) -> {
                try {
                    stored.addAll(transactions.execute(status -> insertNew(Map.of(id, payload), chatKeys)));
                } catch (DuplicateKeyException duplicate) {
                    // Stored by the other instance: it handles it.
                }
            });
            return stored;
        }
    }

    private List<Pending> insertNew(Map<Long, String> payloads, Map<Long, String> chatKeys) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp lockedUntil = Timestamp.from(clock.instant().plus(lease));
        Set<Long> known = new HashSet<>(jdbc.sql("SELECT update_id FROM telegram_update WHERE update_id IN (:ids)")
                .param("ids", payloads.keySet()).query(Long.class).list());
        List<Pending> stored = new ArrayList<>();
        for (Map.Entry<Long, String> update : payloads.entrySet()) {
            if (!known.add(update.getKey())) {
                continue;
            }
            jdbc.sql("INSERT INTO telegram_update (update_id, chat_key, payload, received_at, owner, locked_until) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(update.getKey(), chatKeys.get(update.getKey()), update.getValue(), now, owner, lockedUntil)
                    .update();
            stored.add(new Pending(update.getKey(), chatKeys.get(update.getKey())));
        }
        return stored;
    }

    /** The payload of an update still to handle; empty once handled. */
    Optional<String> payload(long updateId) {
        return jdbc.sql("SELECT payload FROM telegram_update WHERE update_id = ? AND handled_at IS NULL")
                .param(updateId).query(String.class).optional();
    }

    /**
     * Marks an update handled and erases its content. Call inside the transaction that saves what handling it
     * changed: the row lock it takes makes a second handler of the same update wait, then find it handled.
     *
     * @return false when the update was already handled (the caller must roll back)
     */
    boolean markHandled(long updateId) {
        return jdbc.sql("UPDATE telegram_update SET handled_at = ?, payload = NULL, chat_key = NULL "
                        + "WHERE update_id = ? AND handled_at IS NULL")
                .params(Timestamp.from(clock.instant()), updateId).update() == 1;
    }

    /** The highest update id ever stored, to resume polling after it. */
    Optional<Long> lastUpdateId() {
        return jdbc.sql("SELECT MAX(update_id) FROM telegram_update").query(Long.class).optional();
    }

    /**
     * Takes pending updates that are this instance's (a handling that failed, the database being down) or whose
     * owner's lease ran out, in update order.
     *
     * @param all       take every pending update (a single poller starting: nobody else can be handling them)
     * @param inFlight  updates this instance is handling right now, left alone
     */
    List<Pending> claim(boolean all, Set<Long> inFlight) {
        Instant now = clock.instant();
        Timestamp expiredBefore = Timestamp.from(all ? now.plus(EVERYTHING) : now);
        List<Pending> candidates = jdbc.sql("SELECT update_id, chat_key FROM telegram_update "
                        + "WHERE handled_at IS NULL AND (owner = ? OR locked_until < ?) ORDER BY update_id")
                .params(owner, expiredBefore)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2))).list();
        List<Pending> claimed = new ArrayList<>();
        for (Pending candidate : candidates) {
            if (inFlight.contains(candidate.updateId())) {
                continue;
            }
            int taken = jdbc.sql("UPDATE telegram_update SET owner = ?, locked_until = ? "
                            + "WHERE update_id = ? AND handled_at IS NULL AND (owner = ? OR locked_until < ?)")
                    .params(owner, Timestamp.from(now.plus(lease)), candidate.updateId(), owner, expiredBefore)
                    .update();
            if (taken == 1) {
                claimed.add(candidate);
            }
        }
        return claimed;
    }

    /** Forgets handled updates older than the retention, keeping the newest id to resume polling from. */
    int prune(Duration retention) {
        return jdbc.sql("DELETE FROM telegram_update WHERE handled_at < ? "
                        + "AND update_id < (SELECT MAX(update_id) FROM telegram_update)")
                .param(Timestamp.from(clock.instant().minus(retention))).update();
    }
}
