package com.careerbot.store;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The chats the bot keeps state for. */
public interface Chats extends CrudRepository<Chat, String> {

    /**
     * Reads a chat and locks its row until the transaction ends, so that turns of one chat arriving together (a
     * double tap, two instances behind a webhook) queue up instead of failing each other. Written out rather than
     * derived: Spring Data would render a derived locking query's SQL again on every call.
     */
    @Query("SELECT * FROM chat WHERE id = :id FOR UPDATE")
    Optional<Chat> findLockedById(@Param("id") String id);

    /**
     * Records whether the chat can be written to (false once the user blocked the bot). Bumps the version, so that a
     * turn saving the chat at the same time starts again from this state rather than overwriting it.
     *
     * @return whether the chat is known
     */
    @Modifying
    @Query("UPDATE chat SET active = :active, version = version + 1 WHERE id = :id")
    boolean setActive(@Param("id") String id, @Param("active") boolean active);
}
