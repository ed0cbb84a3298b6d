package com.careerbot.store;

import org.springframework.data.repository.CrudRepository;

/** The chats the bot keeps state for. */
public interface Chats extends CrudRepository<Chat, String> {
}
