package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bot API calls waiting to be made, written in the same transaction as the chat state that produced them, so that a
 * crash between the two loses nothing. A call is written unclaimed; an instance claims a chat's oldest call only,
 * sends it, removes it and claims the next, so that the chat gets its calls in order whichever instance wrote them.
 * A claim is a lease: renewed while its instance works on the call, taken over by another once it runs out.
 */
class Outbox {

    /**
     * A claimed call.
     *
     * @param leasedUntil when this instance's claim runs out unless renewed, by this instance's clock
     */
    record Entry(long id, Outgoing outgoing, Instant leasedUntil) {
    }

    private static final Duration EVERYTHING = Duration.ofDays(3650);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration lease;
    private final String owner;

    Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, Duration lease, String owner) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.lease = lease;
        this.owner = owner;
    }

    /** Adds calls, in order and unclaimed, within the caller's transaction. */
    void add(List<Outgoing> calls) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Outgoing call : calls) {
            jdbc.sql("INSERT INTO telegram_outbox (chat_id, body, created_at) VALUES (?, ?, ?)")
                    .params(call.chatId(), json.writeValueAsString(call), now)
                    .update();
        }
    }

    /**
     * Claims the chat's oldest waiting call when it is unclaimed, this instance's, or its lease ran out. One statement
     * on one row: of two instances claiming at once, the second waits for the first's row lock and then finds the
     * row taken. A later call of the chat is never claimed while an older one waits.
     *
     * @param all take the oldest call whatever its lease (a single poller at startup)
     * @return empty when the chat has nothing waiting or another live instance holds its oldest call (and goes on
     *         with the later ones once it is done)
     */
    Optional<Entry> claimOldest(long chatId, boolean all) {
        Instant now = clock.instant();
        Instant leasedUntil = now.plus(lease);
        int claimed = jdbc.sql("UPDATE telegram_outbox SET owner = ?, locked_until = ? "
                        + "WHERE id = (SELECT MIN(id) FROM telegram_outbox WHERE chat_id = ?) "
                        + "AND (owner = ? OR locked_until IS NULL OR locked_until < ?)")
                .params(owner, Timestamp.from(leasedUntil), chatId, owner,
                        Timestamp.from(all ? now.plus(EVERYTHING) : now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, body FROM telegram_outbox WHERE chat_id = ? AND owner = ? ORDER BY id "
                        + "FETCH FIRST 1 ROWS ONLY")
                .params(chatId, owner)
                .query((rs, row) -> new Entry(rs.getLong(1), json.readValue(rs.getString(2), Outgoing.class),
                        leasedUntil))
                .optional();
    }

    /**
     * Extends this instance's claim on a call: the fencing check before each attempt to send it.
     *
     * @return the renewed claim; empty when the call is no longer this instance's (another took it over after the
     *         lease ran out, and sends it, or already removed it)
     */
    Optional<Entry> renew(Entry entry) {
        Instant leasedUntil = clock.instant().plus(lease);
        int renewed = jdbc.sql("UPDATE telegram_outbox SET locked_until = ? WHERE id = ? AND owner = ?")
                .params(Timestamp.from(leasedUntil), entry.id(), owner).update();
        return renewed == 1 ? Optional.of(new Entry(entry.id(), entry.outgoing(), leasedUntil)) : Optional.empty();
    }

    /**
     * Extends the claims on calls this instance is working on (waiting out a 429, backing off). One row per statement:
     * a statement on several would lock them in its own order and could deadlock with a removal of several.
     */
    void renew(List<Long> ids) {
        Timestamp until = Timestamp.from(clock.instant().plus(lease));
        for (long id : ids) {
            jdbc.sql("UPDATE telegram_outbox SET locked_until = ? WHERE id = ? AND owner = ?")
                    .params(until, id, owner).update();
        }
    }

    /** Gives a call up for now: unclaimed, to be tried again (by any instance) a lease from now. */
    void release(long id) {
        jdbc.sql("UPDATE telegram_outbox SET owner = NULL, locked_until = ? WHERE id = ? AND owner = ?")
                .params(Timestamp.from(clock.instant().plus(lease)), id, owner).update();
    }

    /** Chats whose oldest call nobody holds: unclaimed, or its lease ran out (or all chats with calls). */
    List<Long> chatsToDeliver(boolean all) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT chat_id FROM telegram_outbox oldest "
                        + "WHERE (locked_until IS NULL OR locked_until < ?) AND NOT EXISTS ("
                        + "SELECT 1 FROM telegram_outbox older WHERE older.chat_id = oldest.chat_id "
                        + "AND older.id < oldest.id)")
                .param(Timestamp.from(all ? now.plus(EVERYTHING) : now)).query(Long.class).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE id = ?").param(id).update();
    }

    /** Erases a chat's waiting calls (the chat asked to be forgotten). */
    void deleteChat(long chatId) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE chat_id = ?").param(chatId).update();
    }
}
