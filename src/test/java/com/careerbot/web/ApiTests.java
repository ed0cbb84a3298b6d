package com.careerbot.web;

import java.util.List;
import java.util.UUID;

import com.careerbot.answer.Messages;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static com.careerbot.web.ApiClient.body;
import static com.careerbot.web.ApiClient.elements;
import static com.careerbot.web.ApiClient.payloads;
import static com.careerbot.web.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP, on the whole application and an H2 file of its own. */
class ApiTests extends WholeApplication {

    @Autowired
    Messages messages;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void answersSalaryInEnglishWithBothFigures() {
        JsonNode response = api.say(newChatId(), "how much does a backend dev earn?");

        assertThat(response.path("language").asString()).isEqualTo("en");
        assertThat(response.path("intent").path("name").asString()).isEqualTo("salary");
        assertThat(texts(response).get(0)).contains("2,500", "4,000");
        assertThat(elements(response.path("replies").get(0).path("sources"))).map(JsonNode::asString)
                .containsExactly("salary");
    }

    @Test
    void answersSalaryInFrenchWithBothFigures() {
        JsonNode response = api.say(newChatId(), "combien gagne un dev back ?");

        assertThat(response.path("language").asString()).isEqualTo("fr");
        assertThat(response.path("intent").path("name").asString()).isEqualTo("salary");
        assertThat(withPlainSpaces(texts(response).get(0))).contains("2 500", "4 000");
    }

    @Test
    void parsesAMessageIntoItsLanguageIntentAndRankingOfFive() {
        ApiClient.Response response = api.post("parse", body("text", "how much does a backend dev earn?"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode parsed = response.json();
        assertThat(parsed.path("text").asString()).isEqualTo("how much does a backend dev earn?");
        assertThat(parsed.path("language").asString()).isEqualTo("en");
        assertThat(parsed.path("intent").path("name").asString()).isEqualTo("salary");
        assertThat(parsed.path("intent").path("confidence").asDouble()).isBetween(0.0, 1.0);
        List<JsonNode> ranking = elements(parsed.path("ranking"));
        assertThat(ranking).hasSize(5);
        assertThat(ranking.get(0)).isEqualTo(parsed.path("intent"));
        assertThat(ranking).map(score -> score.path("confidence").asDouble())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranking).map(score -> score.path("name").asString()).doesNotHaveDuplicates();
    }

    @Test
    void parsesInTheLanguageGivenByLang() {
        JsonNode detected = api.post("parse", body("text", "combien gagne un dev back ?")).json();
        JsonNode forcedEnglish = api.post("parse", body("text", "combien gagne un dev back ?", "lang", "en")).json();
        JsonNode forcedFrench = api.post("parse", body("text", "how much does a backend dev earn?", "lang", "fr"))
                .json();

        assertThat(detected.path("language").asString()).isEqualTo("fr");
        assertThat(forcedEnglish.path("language").asString()).isEqualTo("en");
        assertThat(forcedFrench.path("language").asString()).isEqualTo("fr");
    }

    @Test
    void acceptsATextOf4096Characters() {
        ApiClient.Response response = api.post("chat", body("chatId", newChatId(), "text", "a".repeat(4096)));

        assertThat(response.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "parse"})
    void rejectsAMissingText(String endpoint) {
        assertProblem(api.post(endpoint, body("chatId", newChatId())), 400, "'text'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t\n "})
    void rejectsABlankText(String text) {
        assertProblem(api.post("chat", body("chatId", newChatId(), "text", text)), 400, "'text'");
        assertProblem(api.post("parse", body("text", text)), 400, "'text'");
    }

    @ParameterizedTest
    @ValueSource(ints = {4097, 8000})
    void rejectsATextLongerThan4096CharactersWith400(int length) {
        String text = "a".repeat(length);

        assertProblem(api.post("chat", body("chatId", newChatId(), "text", text)), 400, "4096");
        assertProblem(api.post("parse", body("text", text)), 400, "4096");
    }

    @Test
    void refusesABodyOverTheSizeCapWith413() {
        assertProblem(api.post("chat", body("chatId", newChatId(), "text", "a".repeat(100_000))), 413, "bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"chatId\": \"alice\", \"text\": ", "not json", "[]", "\"text\"",
            "{\"chatId\": \"alice\", \"text\": {\"nested\": 1}}"})
    void rejectsMalformedJson(String malformed) {
        assertProblem(api.post("chat", malformed), 400, "JSON");
        assertProblem(api.post("parse", malformed), 400, "JSON");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertProblem(api.post("chat", ""), 400, "JSON");
    }

    @Test
    void rejectsAMessageWithoutChatId() {
        assertProblem(api.post("chat", body("text", "hello")), 400, "'chatId'");
        assertProblem(api.post("chat", body("chatId", "  ", "text", "hello")), 400, "'chatId'");
    }

    @Test
    void rejectsAChatIdLongerThan64Characters() {
        assertProblem(api.post("chat", body("chatId", "c".repeat(65), "text", "hello")), 400, "'chatId'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "", "EN", "english", "fr-CA"})
    void rejectsALanguageOtherThanFrOrEn(String lang) {
        assertProblem(api.post("parse", body("text", "hello", "lang", lang)), 400, "'lang'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "parse"})
    void rejectsPlainTextWith415(String endpoint) {
        ApiClient.Response response = api.post(endpoint, "text/plain", "how much does a backend dev earn?");

        assertProblem(response, 415, "text/plain");
    }

    @Test
    void pressesAButtonOfAPreviousReply() {
        String chatId = newChatId();
        JsonNode salary = api.say(chatId, "how much does a backend dev earn?");
        assertThat(payloads(salary)).contains("ask:studies");

        JsonNode studies = api.press(chatId, "ask:studies");

        assertThat(studies.path("language").asString()).isEqualTo("en");
        assertThat(studies.has("intent")).as("a button press is not classified").isFalse();
        assertThat(elements(studies.path("replies").get(0).path("sources"))).map(JsonNode::asString)
                .contains("studies");
    }

    @Test
    void answersAForgedQuizPayloadPolitely() {
        String chatId = newChatId();
        api.say(chatId, "/quiz");

        JsonNode response = api.press(chatId, "qa:00000000000000000000000000000000:0:0");

        assertThat(texts(response)).containsExactly(messages.get(Language.FR, "quiz.stale"));
        assertThat(texts(api.say(chatId, "/quiz"))).as("the quiz is still at its first question")
                .containsExactly(messages.get(Language.FR, "quiz.resume.offer", 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "ask:nothing", "lang:de", "qa:xyz", "quiz:"})
    void answersAnUnknownPayloadPolitelyWithTheMenu(String payload) {
        JsonNode response = api.press(newChatId(), payload);

        assertThat(texts(response)).containsExactly(messages.get(Language.FR, "button.unknown"));
        assertThat(payloads(response)).contains("ask:salary", "quiz:start");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", ""})
    void rejectsABlankPayload(String payload) {
        ApiClient.Response response = api.post("chat", body("chatId", newChatId(), "payload", payload));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void rejectsAPayloadLongerThanAnyButtonCarries() {
        ApiClient.Response response = api.post("chat", body("chatId", newChatId(), "payload", "x".repeat(1000)));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void rejectsATextAndAPayloadSentTogether() {
        ApiClient.Response response = api.post("chat", body("chatId", newChatId(), "text", "salaire", "payload",
                "ask:salary"));

        assertThat(response.status()).isEqualTo(400);
    }

    private static void assertProblem(ApiClient.Response response, int status, String detailMentions) {
        assertThat(response.status()).as("status of %s", response.json()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asString()).isNotBlank();
        assertThat(response.json().path("detail").asString()).contains(detailMentions);
    }

    private static String withPlainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String newChatId() {
        return "api-tests-" + UUID.randomUUID();
    }
}
