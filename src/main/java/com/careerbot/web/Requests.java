package com.careerbot.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.careerbot.answer.Button;
import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.Inbound;
import com.careerbot.sheet.Language;

/** What both chat endpoints (the integration API and the web page's) check in a request before the engine sees it. */
final class Requests {

    static final int MAX_TEXT_LENGTH = 4096;

    private Requests() {
    }

    /** A typed message or a pressed button, checked, with the client's language hint. */
    static Message message(String text, String payload, String lang) {
        if (text != null && payload != null) {
            throw new InvalidRequestException("Send either 'text' (a typed message) or 'payload' (a pressed button), not both");
        }
        return payload != null ? new Message(null, requirePayload(payload), requireLanguage(lang))
                : new Message(requireText(text), null, requireLanguage(lang));
    }

    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("'text' is required and must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("'text' must be at most " + MAX_TEXT_LENGTH + " characters, got "
                    + text.length());
        }
        return text;
    }

    static Optional<Language> requireLanguage(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(lang).filter(language -> language.code().equals(lang))
                .orElseThrow(() -> new InvalidRequestException("'lang' must be \"fr\" or \"en\"")));
    }

    /** A checked message: a text or a payload, never both. */
    record Message(String text, String payload, Optional<Language> language) {

        Inbound in(ChatId chat) {
            return (payload != null ? Inbound.press(chat, payload) : Inbound.text(chat, text))
                    .withClientLanguage(language);
        }
    }

    private static String requirePayload(String payload) {
        if (payload.isBlank() || payload.getBytes(StandardCharsets.UTF_8).length > Button.MAX_PAYLOAD_BYTES) {
            throw new InvalidRequestException("'payload' must be the payload of a button, 1 to "
                    + Button.MAX_PAYLOAD_BYTES + " bytes");
        }
        return payload;
    }
}
