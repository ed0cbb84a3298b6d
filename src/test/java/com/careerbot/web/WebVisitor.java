package com.careerbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/** A browser-like visitor of the web chat over real HTTP: its own cookie jar, so two visitors are two people. */
final class WebVisitor {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final URI chat;

    WebVisitor(int port) {
        this.chat = URI.create("http://localhost:" + port + "/web/chat");
    }

    ApiClient.Response say(String text) {
        return post(ApiClient.body("text", text));
    }

    ApiClient.Response press(String payload) {
        return post(ApiClient.body("payload", payload));
    }

    ApiClient.Response post(String json) {
        return send(HttpRequest.newBuilder(chat).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()).response();
    }

    /** Sends a request as this visitor, with its cookies; returns the response with its headers. */
    Exchange send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Exchange(new ApiClient.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    !response.headers().firstValue("Content-Type").orElse("").contains("json") ? null : JsonMapper.shared().readTree(response.body())), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Optional<HttpCookie> session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(WebChatController.COOKIE)).findFirst();
    }

    /** Presents a session token of its own choosing, as someone guessing or forging one would. */
    void forgeSession(String token) {
        cookies.getCookieStore().removeAll();
        try {
            cookies.put(chat, Map.of("Set-Cookie", List.of(WebChatController.COOKIE + "=" + token + "; Path=/web")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Exchange(ApiClient.Response response, HttpResponse<String> raw) {
    }
}
