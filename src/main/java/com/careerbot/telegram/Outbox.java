package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Adds calls, in order, within the caller's transaction. */
    void add(List<Outgoing> calls) {
        Instant now = clock.instant();
        for (Outgoing call : calls) {
            jdbc.sql("INSERT INTO telegram_outbox (chat_id, body, created_at, owner, locked_until) VALUES (?, ?, ?, ?, ?)")
                    .params(call.chatId(), json.writeValueAsString(call), Timestamp.from(now), owner,
                            Timestamp.from(now.plus(lease)))
                    .update();
        }
    }

    /** Takes a chat's waiting calls that are this instance's or abandoned, oldest first, renewing the lease. */
    List<Entry> claim(long chatId, boolean all) {
        Instant now = clock.instant();
        Instant expiredBefore = all ? now.plus(EVERYTHING) : now;
        List<Entry> claimed = new ArrayList<>();
        List<Long> ids = jdbc.sql("SELECT id FROM telegram_outbox WHERE chat_id = ? ORDER BY id")
                .param(chatId).query(Long.class).list();
        for (long id : ids) {
            int taken = jdbc.sql("UPDATE telegram_outbox SET owner = ?, locked_until = ? "
                            + "WHERE id = ? AND (owner = ? OR locked_until < ?)")
                    .params(owner, Timestamp.from(now.plus(lease)), id, owner, Timestamp.from(expiredBefore))
                    .update();
            if (taken != 1) {
                break;
            }
            jdbc.sql("SELECT body FROM telegram_outbox WHERE id = ?").param(id).query(String.class).optional()
                    .ifPresent(body -> claimed.add(new Entry(id, json.readValue(body, Outgoing.class))));
        }
        return claimed;
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
