package com.careerbot.web;

import java.util.Optional;

import com.careerbot.answer.Button;
import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
import com.careerbot.conversation.Inbound;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.sheet.Language;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/parse} and {@code POST /api/chat}. */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CHAT_ID_LENGTH = 64;
    private static final String CHANNEL = "api";

    private final MessageUnderstanding understanding;
    private final ConversationEngine engine;

    ApiController(MessageUnderstanding understanding, ConversationEngine engine) {
        this.understanding = understanding;
        this.engine = engine;
    }

    @PostMapping("/parse")
    ApiModel.ParseResponse parse(@RequestBody ApiModel.ParseRequest request) {
        String text = requireText(request.text());
        Optional<Language> language = requireLanguage(request.lang());
        return ApiModel.ParseResponse.of(text, language.map(given -> understanding.understandIn(text, given))
                .orElseGet(() -> understanding.understand(text, Language.FR)));
    }

    @PostMapping("/chat")
    ApiModel.ChatResponse chat(@RequestBody ApiModel.ChatRequest request) {
        ChatId chat = ChatId.of(CHANNEL, requireChatId(request.chatId()));
        if (request.text() != null && request.payload() != null) {
            throw new InvalidRequestException("Send either 'text' (a typed message) or 'payload' (a pressed button), not both");
        }
        Inbound inbound = request.payload() != null
                ? Inbound.press(chat, requirePayload(request.payload()))
                : Inbound.text(chat, requireText(request.text()));
        return ApiModel.ChatResponse.of(engine.handle(inbound.withClientLanguage(requireLanguage(request.lang()))));
    }

    private static String requireChatId(String chatId) {
        if (chatId == null || chatId.isBlank()) {
            throw new InvalidRequestException("'chatId' is required: any string that identifies the conversation");
        }
        if (chatId.length() > MAX_CHAT_ID_LENGTH || chatId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("'chatId' must be at most " + MAX_CHAT_ID_LENGTH
                    + " characters, without control characters");
        }
        return chatId;
    }

    private static String requirePayload(String payload) {
        if (payload.isBlank() || payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Button.MAX_PAYLOAD_BYTES) {
            throw new InvalidRequestException("'payload' must be the payload of a button, 1 to "
                    + Button.MAX_PAYLOAD_BYTES + " bytes");
        }
        return payload;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("'text' is required and must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("'text' must be at most " + MAX_TEXT_LENGTH + " characters, got "
                    + text.length());
        }
        return text;
    }

    private static Optional<Language> requireLanguage(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(lang).filter(language -> language.code().equals(lang))
                .orElseThrow(() -> new InvalidRequestException("'lang' must be \"fr\" or \"en\"")));
    }
}
