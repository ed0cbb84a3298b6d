package com.careerbot.conversation;

import java.util.Optional;

import com.careerbot.sheet.Language;

/**
 * One user action to handle.
 *
 * @param clientLanguage the language the user's app reports (Telegram's {@code language_code}), if any: the last
 *                       fallback before French when neither the message nor the chat tells the language
 */
public record Inbound(ChatId chat, Input input, Optional<Language> clientLanguage) {

    public static Inbound text(ChatId chat, String text) {
        return new Inbound(chat, new Input.Text(text), Optional.empty());
    }

    public static Inbound press(ChatId chat, String payload) {
        return new Inbound(chat, new Input.Press(payload), Optional.empty());
    }

    public static Inbound other(ChatId chat, String kind) {
        return new Inbound(chat, new Input.Other(kind), Optional.empty());
    }

    public Inbound withClientLanguage(Optional<Language> language) {
        return new Inbound(chat, input, language);
    }
}
