package com.careerbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.careerbot.sheet.Language;

/**
 * A quiz in progress for one chat: a state machine whose transitions return the new state. The question to answer is
 * the one after the answers given so far.
 *
 * @param id a new id per attempt, so that buttons of an earlier attempt are recognised as stale
 */
public record QuizSession(UUID id, QuizAnswers answers, Language language, Instant startedAt, Instant updatedAt) {

    public static QuizSession start(Language language, Instant now) {
        return new QuizSession(UUID.randomUUID(), QuizAnswers.none(), language, now, now);
    }

    /** @return the index (from 0) of the question waiting for an answer */
    public int currentQuestion() {
        return answers.count();
    }

    public boolean isComplete(QuizDefinition quiz) {
        return answers.count() >= quiz.length();
    }

    /** Whether a button of question {@code question} of quiz {@code quizId} belongs to the question now asked. */
    public boolean isCurrent(UUID quizId, int question) {
        return id.equals(quizId) && question == currentQuestion();
    }

    public boolean isExpired(Instant now, Duration timeToLive) {
        return updatedAt.plus(timeToLive).isBefore(now);
    }

    /** Whether this session can still be played with this definition (which may have changed since it started). */
    public boolean fits(QuizDefinition quiz) {
        return answers.count() <= quiz.length()
                && answers.options().stream().allMatch(option -> option >= 0 && option < quiz.scale().size());
    }

    /**
     * @throws IllegalStateException    when the quiz is already complete
     * @throws IllegalArgumentException when the option is not on the scale (the session is left unchanged)
     */
    public QuizSession answer(int option, QuizDefinition quiz, Instant now) {
        if (isComplete(quiz)) {
            throw new IllegalStateException("Quiz " + id + " is complete");
        }
        if (option < 0 || option >= quiz.scale().size()) {
            throw new IllegalArgumentException("Option " + option + " is not on the scale");
        }
        return new QuizSession(id, answers.plus(option), language, startedAt, now);
    }
}
