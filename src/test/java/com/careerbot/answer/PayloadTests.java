package com.careerbot.answer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadTests {

    private static final UUID QUIZ = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void decodesWhatItEncodesForEveryKind() {
        List<Payload> payloads = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            payloads.add(new Payload.Ask(intent));
        }
        for (Language language : Language.values()) {
            payloads.add(new Payload.SetLanguage(language));
        }
        payloads.addAll(List.of(new Payload.StartQuiz(), new Payload.ResumeQuiz(), new Payload.RestartQuiz(),
                new Payload.ShowQuizResult(), new Payload.QuizAnswer(QUIZ, 0, 0), new Payload.QuizAnswer(QUIZ, 9, 3),
                new Payload.QuizAnswer(UUID.randomUUID(), 99, 9)));

        for (Payload payload : payloads) {
            String data = payload.encode();

            assertThat(data.getBytes(StandardCharsets.UTF_8)).as(data).hasSizeLessThanOrEqualTo(Button.MAX_PAYLOAD_BYTES);
            assertThat(Payload.parse(data)).as(data).contains(payload);
        }
    }

    @Test
    void encodesQuizAnswersCompactly() {
        assertThat(new Payload.QuizAnswer(QUIZ, 4, 2).encode()).isEqualTo("qa:0f8fad5bd9cb469fa16570867728950e:4:2");
        assertThat(new Payload.Ask(Intent.PROS_CONS).encode()).isEqualTo("ask:pros_cons");
        assertThat(new Payload.SetLanguage(Language.FR).encode()).isEqualTo("lang:fr");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "qa:zz", "qa:0f8fad5bd9cb469fa16570867728950e:4", "qa:0f8fad5bd9cb469fa16570867728950e:4:12",
            "qa:0F8FAD5BD9CB469FA16570867728950E:4:2", "qa:0f8fad5b-d9cb-469f-a165-70867728950e:4:2",
            "qa:0f8fad5bd9cb469fa16570867728950e:-1:2", "ask:nurse", "ask:", "ask:SALARY", "ASK:salary",
            "lang:de", "lang:FR", "lang:fr-CA", "lang:", "quiz:stop", "quiz:start ", " quiz:start", "/start"})
    void rejectsUnknownOrForgedData(String data) {
        assertThat(Payload.parse(data)).as(data).isEmpty();
    }

    @Test
    void rejectsOverlongData() {
        assertThat(Payload.parse("ask:salary" + "x".repeat(190))).isEmpty();
        assertThat(Payload.parse("q".repeat(200))).isEmpty();
    }
}
