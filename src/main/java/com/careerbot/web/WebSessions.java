package com.careerbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import com.careerbot.conversation.ChatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web page's conversations, identified by tokens only the server issues: 256 random bits, of which the database
 * keeps the SHA-256 alone, so that neither a guess nor a copy of the database continues someone's conversation.
 */
class WebSessions {

    static final String CHANNEL = "web";
    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebProperties properties;
    private final SecureRandom random = new SecureRandom();

    WebSessions(JdbcClient jdbc, Clock clock, WebProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new session: the token to hand to the browser, and the chat it names. */
    Session issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = BASE64.encodeToString(bytes);
        String id = hash(token);
        jdbc.sql("INSERT INTO web_session (id, last_seen_at) VALUES (?, ?)").params(id, now()).update();
        return new Session(token, ChatId.of(CHANNEL, id));
    }

    /** The chat of a token this server issued and that has not expired, marked as used now. */
    Optional<ChatId> resume(String token) {
        if (token == null || token.length() > 2 * TOKEN_BYTES) {
            return Optional.empty();
        }
        String id = hash(token);
        boolean known = jdbc.sql("UPDATE web_session SET last_seen_at = ? WHERE id = ?").params(now(), id).update() == 1;
        return known ? Optional.of(ChatId.of(CHANNEL, id)) : Optional.empty();
    }

    /**
     * Erases the sessions unused for {@link WebProperties#sessionIdleExpiry()} and everything kept for their chats.
     *
     * @return how many were erased
     */
    @Transactional
    int expireIdle() {
        OffsetDateTime before = now().minus(properties.sessionIdleExpiry());
        jdbc.sql("DELETE FROM chat WHERE id IN (SELECT '" + CHANNEL + ":' || id FROM web_session WHERE last_seen_at < ?)")
                .param(before).update();
        return jdbc.sql("DELETE FROM web_session WHERE last_seen_at < ?").param(before).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String hash(String token) {
        try {
            return BASE64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** @param token what the browser presents; never stored */
    record Session(String token, ChatId chat) {
    }
}
