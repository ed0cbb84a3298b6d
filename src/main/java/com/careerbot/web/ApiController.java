package com.careerbot.web;

import java.util.Optional;

import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
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
        String text = Requests.requireText(request.text());
        Optional<Language> language = Requests.requireLanguage(request.lang());
        return ApiModel.ParseResponse.of(text, language.map(given -> understanding.understandIn(text, given))
                .orElseGet(() -> understanding.understand(text, Language.FR)));
    }

    @PostMapping("/chat")
    ApiModel.ChatResponse chat(@RequestBody ApiModel.ChatRequest request) {
        ChatId chat = ChatId.of(CHANNEL, requireChatId(request.chatId()));
        Requests.Message message = Requests.message(request.text(), request.payload(), request.lang());
        return ApiModel.ChatResponse.of(engine.handle(message.in(chat)));
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
}
