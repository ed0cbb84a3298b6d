package com.careerbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The quiz in progress, as a state machine: each transition returns the new state. */
class QuizSessionTests {

    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private static QuizDefinition quiz;

    @BeforeAll
    static void load() {
        quiz = QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"),
                JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml")));
    }

    @Test
    void startsAtTheFirstQuestionWithNoAnswer() {
        QuizSession session = QuizSession.start(Language.FR, START);

        assertThat(session.currentQuestion()).isZero();
        assertThat(session.answers()).isEqualTo(QuizAnswers.none());
        assertThat(session.language()).isEqualTo(Language.FR);
        assertThat(session.startedAt()).isEqualTo(START).isEqualTo(session.updatedAt());
        assertThat(session.isComplete(quiz)).isFalse();
    }

    @Test
    void givesEveryAttemptItsOwnId() {
        assertThat(QuizSession.start(Language.FR, START).id()).isNotEqualTo(QuizSession.start(Language.FR, START).id());
    }

    @Test
    void countsAnswersAndMovesToTheNextQuestion() {
        QuizSession started = QuizSession.start(Language.EN, START);

        QuizSession answered = started.answer(1, quiz, START.plusSeconds(30)).answer(3, quiz, START.plusSeconds(60));

        assertThat(answered.currentQuestion()).isEqualTo(2);
        assertThat(answered.answers().options()).containsExactly(1, 3);
        assertThat(answered.id()).isEqualTo(started.id());
        assertThat(answered.startedAt()).isEqualTo(START);
        assertThat(answered.updatedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(started.currentQuestion()).as("the earlier state is untouched").isZero();
    }

    @Test
    void recognisesOnlyTheButtonsOfTheQuestionNowAsked() {
        QuizSession session = QuizSession.start(Language.FR, START).answer(0, quiz, START);

        assertThat(session.isCurrent(session.id(), 1)).isTrue();
        assertThat(session.isCurrent(session.id(), 0)).as("an answered question").isFalse();
        assertThat(session.isCurrent(session.id(), 2)).as("a question not asked yet").isFalse();
        assertThat(session.isCurrent(UUID.randomUUID(), 1)).as("an earlier attempt").isFalse();
    }

    @Test
    void completesAfterAnswerToEveryStatement() {
        QuizSession session = answered(quiz.length());

        assertThat(session.isComplete(quiz)).isTrue();
        assertThat(session.answers().count()).isEqualTo(quiz.length());
    }

    @Test
    void refusesAnswerBeyondTheLastQuestion() {
        QuizSession complete = answered(quiz.length());

        assertThatIllegalStateException().isThrownBy(() -> complete.answer(0, quiz, START.plusSeconds(600)))
                .withMessageContaining(complete.id().toString());
    }

    @Test
    void refusesOptionOffTheScaleAndStaysUnchanged() {
        QuizSession session = QuizSession.start(Language.FR, START).answer(2, quiz, START);

        assertThatIllegalArgumentException().isThrownBy(() -> session.answer(quiz.scale().size(), quiz, START.plusSeconds(5)))
                .withMessageContaining("Option 4");
        assertThatIllegalArgumentException().isThrownBy(() -> session.answer(-1, quiz, START.plusSeconds(5)));

        assertThat(session.currentQuestion()).isEqualTo(1);
        assertThat(session.updatedAt()).isEqualTo(START);
        assertThat(session.answer(0, quiz, START.plusSeconds(9)).answers().options()).containsExactly(2, 0);
    }

    @Test
    void expiresTwentyFourHoursAfterTheLastAnswer() {
        QuizSession session = QuizSession.start(Language.FR, START).answer(0, quiz, START.plus(Duration.ofHours(20)));
        Instant lastAnswer = session.updatedAt();

        assertThat(session.isExpired(START.plus(Duration.ofHours(30)), DAY)).as("30 h after the start").isFalse();
        assertThat(session.isExpired(lastAnswer.plus(DAY), DAY)).as("exactly 24 h after").isFalse();
        assertThat(session.isExpired(lastAnswer.plus(DAY).plusSeconds(1), DAY)).isTrue();
    }

    @Test
    void fitsTheQuizItWasStartedWith() {
        assertThat(answered(5).fits(quiz)).isTrue();
        assertThat(answered(quiz.length()).fits(quiz)).isTrue();
    }

    @Test
    void doesNotFitAQuizShortenedSinceItStarted() {
        QuizDefinition shorter = new QuizDefinition(quiz.id(), quiz.scale(), quiz.dimensions(),
                quiz.statements().subList(0, 8), quiz.readings(), quiz.nextSteps());

        assertThat(answered(9).fits(shorter)).isFalse();
        assertThat(answered(8).fits(shorter)).isTrue();
    }

    @Test
    void doesNotFitWhenStoredAnswersAreOffTheScale() {
        QuizSession stored = new QuizSession(UUID.randomUUID(), QuizAnswers.decode("0,7"), Language.EN, START, START);
        QuizSession negative = new QuizSession(UUID.randomUUID(), QuizAnswers.decode("-1"), Language.EN, START, START);

        assertThat(stored.fits(quiz)).isFalse();
        assertThat(negative.fits(quiz)).isFalse();
    }

    private static QuizSession answered(int count) {
        QuizSession session = QuizSession.start(Language.FR, START);
        for (int i = 0; i < count; i++) {
            session = session.answer(i % quiz.scale().size(), quiz, START.plusSeconds(i));
        }
        return session;
    }
}
