package com.careerbot.conversation;

/**
 * A chat, qualified by its channel ({@code telegram:42}, {@code api:alice}) so that channels never share state.
 */
public record ChatId(String value) {

    public static final int MAX_LENGTH = 100;

    public ChatId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A chat id must hold 1 to " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A chat id must not hold control characters");
        }
    }

    public static ChatId of(String channel, String id) {
        return new ChatId(channel + ":" + id);
    }
}
