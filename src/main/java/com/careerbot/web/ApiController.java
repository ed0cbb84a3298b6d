package com.careerbot.web;

import java.util.Optional;

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
        if (request.chatId() == null || request.chatId().isBlank()) {
            throw new InvalidRequestException("'chatId' is required: any string that identifies the conversation");
        }
        if (request.chatId().length() > MAX_CHAT_ID_LENGTH) {
            throw new InvalidRequestException("'chatId' must be at most " + MAX_CHAT_ID_LENGTH + " characters");
        }
        ChatId chat = ChatId.of(CHANNEL, request.chatId());
        Inbound inbound = request.payload() != null && request.text() == null
                ? Inbound.press(chat, request.payload())
                : Inbound.text(chat, requireText(request.text()));
        return ApiModel.ChatResponse.of(engine.handle(inbound));
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
