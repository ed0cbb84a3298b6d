package com.careerbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the REST API of a running application over real HTTP, the way a client would. */
public final class ApiClient {

    private static final JsonMapper json = JsonMapper.shared();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public ApiClient(int port) {
        this.base = URI.create("http://localhost:" + port + "/api/");
    }

    /** A typed message; fails unless the API answers 200. */
    public JsonNode say(String chatId, String text) {
        return ok(post("chat", body("chatId", chatId, "text", text)));
    }

    /** A tapped button; fails unless the API answers 200. */
    public JsonNode press(String chatId, String payload) {
        return ok(post("chat", body("chatId", chatId, "payload", payload)));
    }

    public Response post(String path, String jsonBody) {
        return post(path, "application/json", jsonBody);
    }

    public Response post(String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isEmpty() ? null : json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object of the given names and values, skipping null values. */
    public static String body(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return json.writeValueAsString(fields);
    }

    /** The texts of a chat response's replies, in order. */
    public static List<String> texts(JsonNode chatResponse) {
        return elements(chatResponse.path("replies")).stream().map(reply -> reply.path("text").asString()).toList();
    }

    /** The payloads of every button of a chat response, in order. */
    public static List<String> payloads(JsonNode chatResponse) {
        return elements(chatResponse.path("replies")).stream()
                .flatMap(reply -> elements(reply.path("buttons")).stream())
                .map(button -> button.path("payload").asString())
                .toList();
    }

    public static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as("status of %s", response.json()).isEqualTo(200);
        return response.json();
    }

    /** @param json the body, or null when there is none */
    public record Response(int status, String contentType, JsonNode json) {
    }
}
