package com.careerbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.Inbound;
import com.careerbot.conversation.Outcome;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import com.careerbot.sheet.Language;
import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review store on a real H2 database, migrated by Flyway as the app does. */
class UnansweredQuestionsTests {

    private static final Instant DAY_ONE = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChatId CHAT = ChatId.of("telegram", "42");

    @TempDir
    Path data;

    JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        TestDatabase database = TestDatabase.h2(data);
        database.flyway().load().migrate();
        jdbc = database.jdbc();
    }

    @Test
    void keepsNothingWhenDisabled() {
        UnansweredQuestions review = review(false, 30, 200, DAY_ONE);

        review.turnHandled(Inbound.text(CHAT, "quel temps fait-il ?"), outcome(Outcome.Kind.OUT_OF_SCOPE), Duration.ZERO);

        assertThat(review.all()).isEmpty();
    }

    @Test
    void keepsUnansweredMessagesRedactedWithWhatTheBotMadeOfThem() {
        UnansweredQuestions review = review(true, 30, 200, DAY_ONE);

        review.turnHandled(Inbound.text(CHAT, "le salaire d'un pilote ? écrivez à jo@example.fr"),
                outcome(Outcome.Kind.OUT_OF_SCOPE), Duration.ZERO);
        review.turnHandled(Inbound.text(CHAT, "hmm"), outcome(Outcome.Kind.CLARIFICATION), Duration.ZERO);
        review.turnHandled(Inbound.text(CHAT, "et à Lyon ?"), outcome(Outcome.Kind.UNCOVERED), Duration.ZERO);
        review.turnHandled(Inbound.text(CHAT, "combien gagne un dev ?"), outcome(Outcome.Kind.SECTION), Duration.ZERO);
        review.turnHandled(Inbound.press(CHAT, "ask:salary"), outcome(Outcome.Kind.CLARIFICATION), Duration.ZERO);

        assertThat(review.all()).extracting(Unanswered::outcome, Unanswered::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("out_of_scope", "le salaire d'un pilote ? écrivez à <email>"),
                org.assertj.core.groups.Tuple.tuple("clarification", "hmm"),
                org.assertj.core.groups.Tuple.tuple("uncovered", "et à Lyon ?"));
        assertThat(review.all().get(0).top()).containsExactly(new IntentScore(Intent.OUT_OF_SCOPE, 0.6),
                new IntentScore(Intent.SALARY, 0.3));
        assertThat(jdbc.sql("SELECT * FROM review_question").query().listOfRows().get(0).keySet())
                .as("nothing that links a message to a chat or a moment").map(String::toLowerCase)
                .containsExactlyInAnyOrder("id", "asked_on", "language", "outcome", "intent_1", "confidence_1",
                        "intent_2", "confidence_2", "message");
    }

    @Test
    void keepsAtMostTheDailyCapEachDay() {
        for (int i = 0; i < 5; i++) {
            review(true, 30, 3, DAY_ONE).turnHandled(Inbound.text(CHAT, "question " + i),
                    outcome(Outcome.Kind.OUT_OF_SCOPE), Duration.ZERO);
        }
        review(true, 30, 3, DAY_ONE.plus(Duration.ofDays(1))).turnHandled(Inbound.text(CHAT, "next day"),
                outcome(Outcome.Kind.OUT_OF_SCOPE), Duration.ZERO);

        assertThat(review(true, 30, 3, DAY_ONE).all()).extracting(Unanswered::text)
                .containsExactly("question 0", "question 1", "question 2", "next day");
    }

    @Test
    void forgetsMessagesOnceTheirRetentionHasPassedEvenWhenTurnedOff() {
        review(true, 30, 200, DAY_ONE).turnHandled(Inbound.text(CHAT, "old"), outcome(Outcome.Kind.OUT_OF_SCOPE),
                Duration.ZERO);
        review(true, 30, 200, DAY_ONE.plus(Duration.ofDays(10))).turnHandled(Inbound.text(CHAT, "recent"),
                outcome(Outcome.Kind.OUT_OF_SCOPE), Duration.ZERO);

        review(false, 30, 200, DAY_ONE.plus(Duration.ofDays(30))).eraseExpired();
        List<Unanswered> onDay31 = review(false, 30, 200, DAY_ONE).all();
        review(false, 30, 200, DAY_ONE.plus(Duration.ofDays(31))).eraseExpired();

        assertThat(onDay31).extracting(Unanswered::text).containsExactly("old", "recent");
        assertThat(review(false, 30, 200, DAY_ONE).all()).extracting(Unanswered::text).containsExactly("recent");
    }

    private UnansweredQuestions review(boolean enabled, int retentionDays, int dailyCap, Instant now) {
        return new UnansweredQuestions(jdbc, new ReviewProperties(enabled, Duration.ofDays(retentionDays), dailyCap),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Outcome outcome(Outcome.Kind kind) {
        Classification classification = new Classification(Intent.OUT_OF_SCOPE, 0.6, List.of(
                new IntentScore(Intent.OUT_OF_SCOPE, 0.6), new IntentScore(Intent.SALARY, 0.3),
                new IntentScore(Intent.MYTHS, 0.1)));
        return new Outcome(Language.FR, Optional.of(classification), kind, Optional.empty(), Optional.empty(),
                List.of(), Set.of());
    }
}
