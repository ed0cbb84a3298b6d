package com.careerbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.careerbot.store.Chat;
import com.careerbot.store.Chats;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Telegram channel in polling mode, end to end: the real TelegramBots client talks over HTTP to a Bot API
 * stand-in (WireMock), the app keeps its state in a real H2 file database.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class TelegramChannelTests {

    @AutoClose
    static final TelegramStandIn telegram = new TelegramStandIn();

    @TempDir
    static Path data;

    @Autowired
    Chats chats;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TelegramTestSettings.polling(registry, telegram, data);
    }

    @Test
    void greetsOnStartInTheUsersLanguageWithAMenuKeyboard() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "/start", "en"));

        JsonNode welcome = telegram.awaitMessages(chat, 1).get(0);
        assertThat(welcome.path("text").asText()).contains("Hello").contains("backend developer");
        assertThat(welcome.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(buttons(welcome)).extracting(button -> button.path("callback_data").asText())
                .contains("ask:salary", "quiz:start");
    }

    @Test
    void answersEachQuestionInItsLanguageWithButtons() {
        long english = Updates.newChat();
        long french = Updates.newChat();
        telegram.push(Updates.text(english, "how much does a backend dev earn?", "en"),
                Updates.text(french, "combien gagne un dev back ?", "en"));

        JsonNode inEnglish = telegram.awaitMessages(english, 1).get(0);
        JsonNode inFrench = telegram.awaitMessages(french, 1).get(0);
        assertThat(inEnglish.path("text").asText()).contains("€2,500", "€4,000", "gross per month");
        assertThat(inFrench.path("text").asText()).contains("2 500 €", "4 000 €", "brut par mois");
        assertThat(buttons(inEnglish)).isNotEmpty();
        assertThat(buttons(inFrench)).isNotEmpty();
    }

    @Test
    void acknowledgesAButtonPressAndAnswersIt() {
        long chat = Updates.newChat();
        telegram.push(Updates.press(chat, 77, "ask:studies", "fr"));

        JsonNode answer = telegram.awaitMessages(chat, 1).get(0);
        assertThat(answer.path("text").asText()).contains("BTS", "bootcamps");
        List<JsonNode> acknowledgements = telegram.calls("answerCallbackQuery").stream()
                .filter(call -> call.path("callback_query_id").asText().startsWith("cb-")).toList();
        assertThat(acknowledgements).anySatisfy(call -> assertThat(call.path("callback_query_id").asText())
                .isEqualTo("cb-" + Updates.lastPressId(chat)));
    }

    @Test
    void answersAForgedButtonPolitely() {
        long chat = Updates.newChat();
        telegram.push(Updates.press(chat, 78, "qa:00000000000000000000000000000000:0:9", "en"),
                Updates.press(chat, 79, "drop table chat;", "en"));

        List<JsonNode> replies = telegram.awaitMessages(chat, 2);
        assertThat(replies).allSatisfy(reply -> assertThat(reply.path("text").asText()).containsAnyOf(
                "no longer valid", "earlier question"));
    }

    @Test
    void waitsTheRetryAfterOf429ThenDeliversOnce() {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 1, 429, TelegramStandIn.tooManyRequests(1));
        long sentAt = System.nanoTime();
        telegram.push(Updates.text(chat, "what are the myths about this job?", "en"));

        List<JsonNode> attempts = telegram.await("sendMessage", TelegramStandIn.forChat(chat), 2, Duration.ofSeconds(20));
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        pause(Duration.ofMillis(700));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(2);
        assertThat(attempts.get(1).path("text").asText()).isEqualTo(attempts.get(0).path("text").asText());
    }

    @Test
    void retriesAfterA500AndDeliversOnce() {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 1, 500, TelegramStandIn.error(500, "Internal Server Error"));
        telegram.push(Updates.text(chat, "quelles études pour devenir dev back ?", "fr"));

        telegram.await("sendMessage", TelegramStandIn.forChat(chat), 2, Duration.ofSeconds(20));
        pause(Duration.ofMillis(700));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(2);
    }

    @Test
    void sendsAnAnswerThatGaveUpBeforeTheNextOne() {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 5, 500, TelegramStandIn.error(500, "Internal Server Error"));
        telegram.push(Updates.text(chat, "combien gagne un dev back ?", "fr"));
        // Five attempts fail: the answer waits in the outbox while the user asks something else.
        telegram.await("sendMessage", TelegramStandIn.forChat(chat), 5, Duration.ofSeconds(20));
        pause(Duration.ofMillis(300));
        telegram.push(Updates.text(chat, "quelles études pour devenir dev back ?", "fr"));

        List<JsonNode> calls = telegram.await("sendMessage", TelegramStandIn.forChat(chat), 7, Duration.ofSeconds(20));

        assertThat(calls.get(5).path("text").asText()).as("the first answer delivered").contains("Salaire");
        assertThat(calls.get(6).path("text").asText()).as("the second answer delivered").doesNotContain("Salaire");
    }

    @Test
    void stopsAtA403AndMarksTheChatInactive() {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 5, 403, TelegramStandIn.error(403, "Forbidden: bot was blocked by the user"));
        telegram.push(Updates.text(chat, "salaire ?", "fr"));

        telegram.awaitMessages(chat, 1);
        pause(Duration.ofMillis(700));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
        assertThat(chats.findById("telegram:" + chat)).get().extracting(Chat::active).isEqualTo(false);
    }

    @Test
    void answersTheSameUpdateOnlyOnce() {
        long chat = Updates.newChat();
        String update = Updates.text(chat, "c'est quoi les idées reçues ?", "fr");
        telegram.push(update, update);
        telegram.awaitMessages(chat, 1);
        telegram.push(update);

        pause(Duration.ofSeconds(2));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(1);
    }

    @Test
    void answersStickersAndOversizedMessagesPolitely() {
        long chat = Updates.newChat();
        telegram.push(Updates.sticker(chat));
        List<JsonNode> stickerReply = telegram.awaitMessages(chat, 1);
        telegram.push(Updates.text(chat, "a".repeat(10_000), "en"));

        List<JsonNode> replies = telegram.awaitMessages(chat, 2);
        assertThat(stickerReply.get(0).path("text").asText()).contains("écrits");
        assertThat(replies.get(1).path("text").asText()).contains("trop long");
    }

    @Test
    void ignoresEditsAndRecordsABlockAndUnblock() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "bonjour", "fr"));
        telegram.awaitMessages(chat, 1);
        telegram.push(Updates.editedText(chat, "bonjour !"), Updates.chatMember(chat, "kicked"));

        await(() -> chats.findById("telegram:" + chat).map(found -> !found.active()).orElse(false));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(1);

        telegram.push(Updates.chatMember(chat, "member"));
        await(() -> chats.findById("telegram:" + chat).map(Chat::active).orElse(false));
    }

    @Test
    void answersInGroupsOnlyWhenAddressed() {
        long group = -Updates.newChat();
        telegram.push(Updates.groupText(group, 5, "on mange où ce midi ?", null),
                Updates.groupText(group, 5, "@" + TelegramStandIn.BOT_USERNAME + " combien gagne un dev back ?", null));

        JsonNode answer = telegram.awaitMessages(group, 1).get(0);
        assertThat(answer.path("text").asText()).contains("2 500 €");
        telegram.push(Updates.groupText(group, 6, "et pour un senior ?", 123L), Updates.groupText(group, 6,
                "/quiz@another_bot", null));

        telegram.awaitMessages(group, 2);
        pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", group)).hasSize(2);
    }

    @Test
    void warnsOnceThenStaysSilentWhenAChatFloods() {
        long chat = Updates.newChat();
        for (int i = 0; i < TelegramTestSettings.FLOOD_LIMIT + 4; i++) {
            telegram.push(Updates.text(chat, "merci " + i, "fr"));
        }

        List<JsonNode> replies = telegram.awaitMessages(chat, TelegramTestSettings.FLOOD_LIMIT + 1);
        pause(Duration.ofSeconds(1));
        assertThat(telegram.calls("sendMessage", chat)).hasSize(TelegramTestSettings.FLOOD_LIMIT + 1);
        assertThat(replies).filteredOn(reply -> reply.path("text").asText().contains("Doucement")).hasSize(1);
    }

    @Test
    void takesAQuizWithButtonsEditingEachAnsweredQuestion() {
        long chat = Updates.newChat();
        telegram.push(Updates.text(chat, "/quiz", "fr"));
        List<JsonNode> start = telegram.awaitMessages(chat, 2);
        JsonNode question = start.get(1);
        assertThat(question.path("text").asText()).contains("Question 1/10");
        assertThat(buttons(question)).hasSize(4);

        for (int index = 1; index <= 10; index++) {
            String payload = buttons(question).get(index % 4).path("callback_data").asText();
            int questionMessage = TelegramStandIn.messageIdOf(question);
            telegram.push(Updates.press(chat, questionMessage, payload, "fr"));
            List<JsonNode> edits = telegram.await("editMessageText", TelegramStandIn.forChat(chat), index,
                    Duration.ofSeconds(20));
            assertThat(edits.get(index - 1).path("message_id").asInt()).isEqualTo(questionMessage);
            assertThat(edits.get(index - 1).path("text").asText()).contains("Question " + index + "/10", "➡️");
            question = telegram.awaitMessages(chat, 2 + index).get(1 + index);
        }
        assertThat(question.path("text").asText()).contains("Ton résultat", "Prochaines étapes");

        String stale = "qa:" + "0".repeat(32) + ":3:1";
        telegram.push(Updates.press(chat, 1, stale, "fr"));
        assertThat(telegram.awaitMessages(chat, 13).get(12).path("text").asText()).contains("ancien quiz");
        assertThat(telegram.calls("editMessageText", chat)).hasSize(10);
    }

    @Test
    void keepsTheTokenOutOfTheLogsWhileTelegramMisbehaves(CapturedOutput output) {
        long chat = Updates.newChat();
        telegram.fail("sendMessage", chat, 2, 500, TelegramStandIn.error(500, "Internal Server Error"));
        telegram.fail("answerCallbackQuery", chat, 1, 400, TelegramStandIn.error(400, "Bad Request: query is too old"));
        telegram.failGetUpdates(2, 502, "<html>Bad Gateway</html>");
        telegram.push(Updates.text(chat, "/help", "en"), Updates.press(chat, 9, "ask:skills", "en"));

        telegram.awaitMessages(chat, 2);
        assertThat(output.getAll()).contains("Telegram getUpdates failing").doesNotContain(TelegramStandIn.TOKEN)
                .doesNotContain(TelegramStandIn.TOKEN.substring(TelegramStandIn.TOKEN.indexOf(':') + 1));
    }

    static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new java.util.ArrayList<>();
        message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(buttons::add));
        return buttons;
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met in time");
            }
            pause(Duration.ofMillis(50));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
