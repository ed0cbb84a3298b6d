package com.careerbot.conversation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.careerbot.answer.Messages;
import com.careerbot.nlu.Intent;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.QuizAnswers;
import com.careerbot.quiz.QuizSession;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chat;
import com.careerbot.store.Chats;
import com.careerbot.store.TestDatabase;
import com.careerbot.web.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static com.careerbot.conversation.Outcomes.answerButton;
import static com.careerbot.conversation.Outcomes.payloads;
import static com.careerbot.conversation.Outcomes.sources;
import static com.careerbot.conversation.Outcomes.text;
import static com.careerbot.conversation.Outcomes.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the conversation keeps between turns, on a real database: the context of follow-ups, the language, the quiz in
 * progress and its result, across restarts and concurrent updates. Each subclass runs every test on one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AbstractConversationStoreTests.ClockConfiguration.class)
// Closes the context, and so its connections, before the database is removed after the class.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AbstractConversationStoreTests {

    private static final int QUIZ_LENGTH = 10;
    private static final int THREADS = 8;

    @Autowired
    ConversationEngine engine;

    @Autowired
    Chats chats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Messages messages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient api;

    /** A database of its own, for a test that starts the application twice on it; the test drops it. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void saysItIsAliveAndReadyWithItsDatabase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void answersAnEllipticFollowUpAboutTheTopicOfThePreviousTurn() {
        ChatId fresh = newChat();
        assertThat(sources(say(fresh, "and in London?"))).as("without context").noneMatch(source -> source.startsWith("salary"));

        ChatId chat = newChat();
        say(chat, "how much does a backend dev earn?");
        Outcome followUp = say(chat, "and in London?");

        assertThat(followUp.language()).isEqualTo(Language.EN);
        assertThat(followUp.uncovered()).as("the sheet has no figures by city").contains("salary-by-location");
        assertThat(sources(followUp)).as("then what it says about location").containsExactly("salary.factors");
        assertThat(chats.findById(chat.value()).orElseThrow().lastIntent()).isEqualTo(Intent.SALARY);
    }

    @Test
    void keepsTheContextAndTheLanguageOfAChatAcrossARestart() {
        TestDatabase database = newDatabase();
        ChatId chat = newChat();
        try {
            try (ConfigurableApplicationContext before = StandaloneApplication.start(database)) {
                Outcome salary = before.getBean(ConversationEngine.class)
                        .handle(Inbound.text(chat, "how much does a backend dev earn?"));
                assertThat(sources(salary)).containsExactly("salary");
            }
            try (ConfigurableApplicationContext after = StandaloneApplication.start(database)) {
                ConversationEngine restarted = after.getBean(ConversationEngine.class);

                Outcome experience = restarted.handle(Inbound.text(chat, "and with experience?"));
                Outcome elliptic = restarted.handle(Inbound.text(chat, "and in London?"));
                Outcome help = restarted.handle(Inbound.text(chat, "/help"));

                assertThat(experience.language()).isEqualTo(Language.EN);
                assertThat(sources(experience)).containsExactly("salary.experienced");
                assertThat(text(experience)).contains("4,000").doesNotContain("2,500");
                assertThat(elliptic.uncovered()).as("answered from the context kept").contains("salary-by-location");
                assertThat(help.language()).as("a command carries no language: the chat's is used")
                        .isEqualTo(Language.EN);
                assertThat(text(help)).isEqualTo(messages.get(Language.EN, "answer.help"));
            }
        } finally {
            database.drop();
        }
    }

    @Test
    void resumesAQuizAtTheSameQuestionAfterARestart() {
        TestDatabase database = newDatabase();
        ChatId chat = newChat();
        try {
            UUID quizId;
            try (ConfigurableApplicationContext before = StandaloneApplication.start(database)) {
                ConversationEngine first = before.getBean(ConversationEngine.class);
                Outcome question = first.handle(Inbound.text(chat, "/quiz"));
                for (int answered = 0; answered < 3; answered++) {
                    question = first.handle(Inbound.press(chat, answerButton(question, 1)));
                }
                assertThat(text(question)).contains("Question 4/10");
                quizId = before.getBean(Chats.class).findById(chat.value()).orElseThrow().quiz().id();
            }
            try (ConfigurableApplicationContext after = StandaloneApplication.start(database)) {
                ConversationEngine restarted = after.getBean(ConversationEngine.class);

                Outcome offer = restarted.handle(Inbound.text(chat, "/quiz"));
                Outcome resumed = restarted.handle(Inbound.press(chat, "quiz:resume"));

                assertThat(text(offer)).isEqualTo(messages.get(Language.FR, "quiz.resume.offer", 4, QUIZ_LENGTH));
                assertThat(payloads(offer)).containsExactly("quiz:resume", "quiz:restart");
                assertThat(text(resumed)).startsWith("<b>Question 4/10</b>");
                assertThat(answerButton(resumed, 0)).isEqualTo("qa:" + compact(quizId) + ":3:0");
                assertThat(after.getBean(Chats.class).findById(chat.value()).orElseThrow().quiz().answers().options())
                        .containsExactly(1, 1, 1);
            }
        } finally {
            database.drop();
        }
    }

    @Test
    void completesTheQuizInFrenchWithButtonsThroughTheApi() {
        String chatId = "quiz-fr-" + UUID.randomUUID();
        JsonNode response = api.say(chatId, "/quiz");
        assertThat(response.path("language").asString()).isEqualTo("fr");

        for (int question = 0; question < QUIZ_LENGTH; question++) {
            assertThat(ApiClient.texts(response)).last().asString()
                    .startsWith("<b>Question " + (question + 1) + "/10</b>");
            response = api.press(chatId, quizButtons(response).get(question % 4));
            assertThat(response.path("replies").get(0).path("replacesPrevious").asBoolean()).isTrue();
        }

        assertThat(ApiClient.texts(response)).last().asString().contains("Ton résultat");
        assertThat(chats.findById("api:" + chatId).orElseThrow()).satisfies(chat -> {
            assertThat(chat.quiz()).isNull();
            assertThat(chat.lastResult().answers().options()).containsExactly(0, 1, 2, 3, 0, 1, 2, 3, 0, 1);
        });
        JsonNode again = api.say(chatId, "/quiz");
        assertThat(ApiClient.texts(again)).containsExactly(messages.get(Language.FR, "quiz.result.offer"));
        assertThat(ApiClient.payloads(again)).containsExactly("quiz:result", "quiz:restart");
        assertThat(ApiClient.texts(api.press(chatId, "quiz:result"))).singleElement().asString()
                .contains("Ton résultat");
    }

    @Test
    void completesTheQuizInEnglishWithTypedAnswersThroughTheApi() {
        String chatId = "quiz-en-" + UUID.randomUUID();
        api.say(chatId, "how much does a backend dev earn?");
        JsonNode response = api.say(chatId, "/quiz");
        assertThat(ApiClient.texts(response)).last().asString().startsWith("<b>Question 1/10</b>");

        List<String> typed = List.of("yes", "rather not", "2", "d", "Yes!", "rather yes", "no", "3", "b", "not really");
        for (String answer : typed) {
            response = api.say(chatId, answer);
        }

        assertThat(response.path("language").asString()).isEqualTo("en");
        assertThat(ApiClient.texts(response)).singleElement().asString().contains("Your result");
        assertThat(chats.findById("api:" + chatId).orElseThrow().lastResult().answers().options())
                .containsExactly(0, 2, 1, 3, 0, 1, 3, 2, 1, 2);
        JsonNode again = api.say(chatId, "/quiz");
        assertThat(ApiClient.texts(again)).containsExactly(messages.get(Language.EN, "quiz.result.offer"));
        assertThat(ApiClient.payloads(again)).containsExactly("quiz:result", "quiz:restart");
    }

    @Test
    void ignoresTheButtonOfAQuestionAlreadyAnswered() {
        ChatId chat = newChat();
        String firstQuestion = answerButton(say(chat, "/quiz"), 0);
        press(chat, firstQuestion);

        Outcome stale = press(chat, firstQuestion);

        assertThat(texts(stale)).containsExactly(messages.get(Language.FR, "quiz.stale"));
        assertThat(answersRecorded(chat)).isEqualTo(1);
        assertThat(text(press(chat, "quiz:resume"))).startsWith("<b>Question 2/10</b>");
    }

    @Test
    void ignoresTheButtonOfAnEarlierQuiz() {
        ChatId chat = newChat();
        Outcome secondQuestion = press(chat, answerButton(say(chat, "/quiz"), 0));
        String earlierQuizButton = answerButton(secondQuestion, 0);
        press(chat, "quiz:restart");
        UUID newQuiz = chats.findById(chat.value()).orElseThrow().quiz().id();

        Outcome stale = press(chat, earlierQuizButton);

        assertThat(texts(stale)).containsExactly(messages.get(Language.FR, "quiz.stale"));
        assertThat(chats.findById(chat.value()).orElseThrow().quiz()).satisfies(quiz -> {
            assertThat(quiz.id()).isEqualTo(newQuiz);
            assertThat(quiz.answers().count()).isZero();
        });
    }

    @Test
    void recordsOneAnswerWhenTheSameButtonIsPressedByManyThreadsAtOnce() throws Exception {
        ChatId chat = newChat();
        String button = answerButton(say(chat, "/quiz"), 0);

        List<Outcome> outcomes = Concurrently.run(THREADS, () -> press(chat, button));

        assertThat(answersRecorded(chat)).isEqualTo(1);
        assertThat(outcomes).filteredOn(outcome -> text(outcome).contains("Question 2/10")).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> texts(outcome).equals(
                List.of(messages.get(Language.FR, "quiz.stale")))).hasSize(THREADS - 1);
    }

    @Test
    void recordsEveryAnswerTypedByManyThreadsAtOnce() throws Exception {
        ChatId chat = newChat();
        say(chat, "/quiz");

        Concurrently.run(THREADS, () -> say(chat, "oui"));

        assertThat(answersRecorded(chat)).isEqualTo(THREADS);
    }

    @Test
    void startsOneChatWhenItsFirstMessagesArriveAtOnce() throws Exception {
        ChatId chat = newChat();

        List<Outcome> outcomes = Concurrently.run(THREADS, () -> say(chat, "combien gagne un dev back ?"));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(sources(outcome)).containsExactly("salary"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat WHERE id = ?", Integer.class, chat.value()))
                .isEqualTo(1);
    }

    @Test
    void forgetsEverythingKeptAboutAChat() {
        ChatId chat = newChat();
        say(chat, "how much does a backend dev earn?");
        press(chat, answerButton(say(chat, "/quiz"), 0));
        assertThat(chats.existsById(chat.value())).isTrue();

        Outcome forgotten = say(chat, "/forget");

        assertThat(text(forgotten)).isEqualTo(messages.get(Language.EN, "forget.done"));
        assertThat(chats.existsById(chat.value())).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat WHERE id = ?", Integer.class, chat.value()))
                .isZero();
    }

    @Test
    void keepsNoRowForAChatThatOnlySaidForget() {
        ChatId chat = newChat();

        say(chat, "/forget");

        assertThat(chats.existsById(chat.value())).isFalse();
    }

    @Test
    void storesNoWordOfTheMessages() {
        ChatId chat = newChat();
        List<String> said = List.of("Combien gagne un développeur backend à Tombouctou ?",
                "et avec beaucoup d'expérience ?", "/quiz", "plutôt oui", "zygomatique quelle question étrange",
                "/language en", "what about Kathmandu wages?");
        said.forEach(text -> say(chat, text));
        assertThat(chats.existsById(chat.value())).isTrue();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM chat");

        List<String> words = said.stream()
                .flatMap(text -> List.of(text.toLowerCase(Locale.ROOT).split("\\P{L}+")).stream())
                .filter(word -> word.length() >= 5).distinct().toList();
        assertThat(words).contains("tombouctou", "zygomatique", "kathmandu");
        assertThat(rows).isNotEmpty().allSatisfy(row -> row.forEach((column, value) ->
                assertThat(String.valueOf(value).toLowerCase(Locale.ROOT)).as("column %s", column)
                        .doesNotContain(words)));
    }

    @Test
    void announcesAQuizUntouchedFor25HoursAsExpiredAndStartsANewOne() {
        ChatId chat = newChat();
        press(chat, answerButton(say(chat, "/quiz"), 0));
        UUID expired = chats.findById(chat.value()).orElseThrow().quiz().id();

        clock.advance(Duration.ofHours(25));
        Outcome restarted = say(chat, "/quiz");

        assertThat(texts(restarted)).first().isEqualTo(messages.get(Language.FR, "quiz.expired"));
        assertThat(texts(restarted)).last().asString().startsWith("<b>Question 1/10</b>");
        assertThat(chats.findById(chat.value()).orElseThrow().quiz()).satisfies(quiz -> {
            assertThat(quiz.id()).isNotEqualTo(expired);
            assertThat(quiz.answers().count()).isZero();
        });
    }

    @Test
    void announcesExpiryWhenAButtonOfAnExpiredQuizIsPressed() {
        ChatId chat = newChat();
        String button = answerButton(say(chat, "/quiz"), 0);

        clock.advance(Duration.ofHours(25));
        Outcome pressed = press(chat, button);

        assertThat(texts(pressed)).containsExactly(messages.get(Language.FR, "quiz.expired"));
        assertThat(chats.findById(chat.value()).orElseThrow().quiz()).isNull();
    }

    @Test
    void offersToResumeAQuizUntouchedFor23Hours() {
        ChatId chat = newChat();
        press(chat, answerButton(say(chat, "/quiz"), 0));

        clock.advance(Duration.ofHours(23));

        assertThat(text(say(chat, "/quiz"))).isEqualTo(messages.get(Language.FR, "quiz.resume.offer", 2,
                QUIZ_LENGTH));
    }

    @Test
    void neverAnswers500ForAChatIdHoldingANulCharacter() {
        ApiClient.Response response = api.post("chat", ApiClient.body("chatId", "nul\u0000byte", "text", "hello"));

        assertThat(response.status()).as("%s", response).isLessThan(500);
    }

    @Test
    void storesAndReadsBackEveryFieldOfAChat() {
        Instant now = Instant.parse("2026-03-04T05:06:07.123456Z");
        Chat chat = Chat.start(newChat().value(), Language.EN, now)
                .withLastIntent(Intent.PROS_CONS)
                .withActive(false)
                .withQuiz(new QuizSession(UUID.randomUUID(), new QuizAnswers(List.of(3, 0, 2)), Language.EN,
                        now.minusSeconds(600), now.minusSeconds(60)))
                .withLastResult(new CompletedQuiz(new QuizAnswers(List.of(0, 1, 2, 3, 0, 1, 2, 3, 0, 1)),
                        now.minusSeconds(86_400)));

        chats.save(chat);

        Chat read = chats.findById(chat.id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(chat);
        assertThat(read.version()).isNotNull();
    }

    @Test
    void readsBackAChatWithNeitherQuizNorResult() {
        Chat chat = Chat.start(newChat().value(), Language.FR, Instant.parse("2026-03-04T05:06:07Z"));

        chats.save(chat);

        Chat read = chats.findById(chat.id()).orElseThrow();
        assertThat(read.quiz()).isNull();
        assertThat(read.lastResult()).isNull();
        assertThat(read.active()).isTrue();
    }

    @Test
    void readsBackAQuizWithNoAnswerYet() {
        Instant now = Instant.parse("2026-03-04T05:06:07Z");
        Chat chat = Chat.start(newChat().value(), Language.FR, now).withQuiz(QuizSession.start(Language.FR, now));

        chats.save(chat);

        assertThat(chats.findById(chat.id()).orElseThrow().quiz()).isEqualTo(chat.quiz());
    }

    @Test
    void makesASecondTurnOfAChatWaitUntilTheFirstHasCommitted() throws Exception {
        Chat chat = chats.save(Chat.start(newChat().value(), Language.FR, Instant.now()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService turns = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = turns.submit(() -> transactions.executeWithoutResult(status -> {
                Chat read = chats.findLockedById(chat.id()).orElseThrow();
                locked.countDown();
                awaitQuietly(release);
                chats.save(read.withLastIntent(Intent.SALARY));
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Chat> second = turns.submit(
                    () -> transactions.execute(status -> chats.findLockedById(chat.id()).orElseThrow()));

            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS).lastIntent()).isEqualTo(Intent.SALARY);
        } finally {
            release.countDown();
            turns.shutdownNow();
        }
    }

    @Test
    void rejectsTheUpdateOfAChatChangedSinceItWasRead() {
        Chat read = chats.save(Chat.start(newChat().value(), Language.FR, Instant.now()));
        chats.save(read.withLastIntent(Intent.SALARY));

        assertThatThrownBy(() -> chats.save(read.withLastIntent(Intent.STUDIES)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(chats.findById(read.id()).orElseThrow().lastIntent()).isEqualTo(Intent.SALARY);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome say(ChatId chat, String text) {
        return engine.handle(Inbound.text(chat, text));
    }

    private Outcome press(ChatId chat, String payload) {
        return engine.handle(Inbound.press(chat, payload));
    }

    private int answersRecorded(ChatId chat) {
        QuizSession quiz = chats.findById(chat.value()).orElseThrow().quiz();
        return quiz == null ? 0 : quiz.answers().count();
    }

    private static ChatId newChat() {
        return ChatId.of("test", UUID.randomUUID().toString());
    }

    private static List<String> quizButtons(JsonNode response) {
        List<String> answers = ApiClient.payloads(response).stream().filter(payload -> payload.startsWith("qa:"))
                .toList();
        assertThat(answers).as("answer buttons in %s", response).hasSize(4);
        return answers;
    }

    private static String compact(UUID id) {
        return id.toString().replace("-", "");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
