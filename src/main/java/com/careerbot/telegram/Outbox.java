package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bot API calls waiting to be made, written in the same transaction as the chat state that produced them, so that a
 * crash between the two loses nothing. The instance that wrote a call makes it; another takes over after the lease.
 */
class Outbox {

    record Entry(long id, Outgoing outgoing) {
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

    /**
     * Adds calls, in order, within the caller's transaction.
     *
     * @return the calls with their outbox ids, for this instance to send once the transaction has committed
     */
    List<Entry> add(List<Outgoing> calls) {
        Instant now = clock.instant();
        List<Entry> added = new ArrayList<>(calls.size());
        for (Outgoing call : calls) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO telegram_outbox (chat_id, body, created_at, owner, locked_until) VALUES (?, ?, ?, ?, ?)")
                    .params(call.chatId(), json.writeValueAsString(call), Timestamp.from(now), owner,
                            Timestamp.from(now.plus(lease)))
                    .update(key, "id");
            added.add(new Entry(key.getKeyAs(Number.class).longValue(), call));
        }
        return added;
    }

    /**
     * Takes a chat's waiting calls that are this instance's or abandoned, oldest first, renewing the lease; only
     * those before any call another live instance still holds, so that the chat gets them in order.
     */
    List<Entry> claim(long chatId, boolean all) {
        Instant now = clock.instant();
        Instant expiredBefore = all ? now.plus(EVERYTHING) : now;
        jdbc.sql("UPDATE telegram_outbox SET owner = ?, locked_until = ? "
                        + "WHERE chat_id = ? AND (owner = ? OR locked_until < ?)")
                .params(owner, Timestamp.from(now.plus(lease)), chatId, owner, Timestamp.from(expiredBefore))
                .update();
        return jdbc.sql("SELECT id, body FROM telegram_outbox mine WHERE chat_id = ? AND owner = ? AND NOT EXISTS ("
                        + "SELECT 1 FROM telegram_outbox other WHERE other.chat_id = mine.chat_id "
                        + "AND other.owner <> ? AND other.id < mine.id) ORDER BY id")
                .params(chatId, owner, owner)
                .query((rs, row) -> new Entry(rs.getLong(1), json.readValue(rs.getString(2), Outgoing.class)))
                .list();
    }

    /** Chats with calls whose owner's lease ran out (or all chats with calls). */
    List<Long> abandonedChats(boolean all) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT DISTINCT chat_id FROM telegram_outbox WHERE locked_until < ?")
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
