package com.careerbot.web;

import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /web/chat}: the web page's conversation. The chat is the one of the session cookie the server issued; a
 * request without a valid one starts a new conversation and gets a new cookie, so that no client picks its chat.
 */
@RestController
@RequestMapping(path = "/web", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class WebChatController {

    static final String COOKIE = "careerbot_session";

    private final ConversationEngine engine;
    private final WebSessions sessions;
    private final WebProperties properties;

    WebChatController(ConversationEngine engine, WebSessions sessions, WebProperties properties) {
        this.engine = engine;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** Same shape as {@code /api/chat}'s request, without a chat id. */
    record WebChatRequest(String text, String payload, String lang) {
    }

    @PostMapping("/chat")
    ApiModel.ChatResponse chat(@RequestBody WebChatRequest request,
                               @CookieValue(name = COOKIE, required = false) String token,
                               HttpServletRequest http, HttpServletResponse response) {
        // Checked before a session is issued, so that bad requests leave nothing behind.
        Requests.Message message = Requests.message(request.text(), request.payload(), request.lang());
        ChatId chat = sessions.resume(token).orElseGet(() -> {
            WebSessions.Session issued = sessions.issue();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(issued.token(), http.isSecure()).toString());
            return issued.chat();
        });
        return ApiModel.ChatResponse.of(engine.handle(message.in(chat)));
    }

    private ResponseCookie cookie(String token, boolean secure) {
        return ResponseCookie.from(COOKIE, token).httpOnly(true).sameSite("Strict").secure(secure).path("/web")
                .maxAge(properties.sessionIdleExpiry()).build();
    }
}
