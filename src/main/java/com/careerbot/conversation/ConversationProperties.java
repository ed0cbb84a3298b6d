package com.careerbot.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxTextLength  longer messages are declined politely rather than classified (Telegram's own limit is 4096)
 * @param updateAttempts how many times a turn is tried again when another update of the same chat won the race
 */
@ConfigurationProperties("careerbot.conversation")
public record ConversationProperties(@DefaultValue("4096") int maxTextLength, @DefaultValue("5") int updateAttempts) {
}
