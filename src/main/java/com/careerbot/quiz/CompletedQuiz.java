package com.careerbot.quiz;

import java.time.Instant;

/** The answers of the last finished quiz, from which its result is computed again when shown. */
public record CompletedQuiz(QuizAnswers answers, Instant finishedAt) {
}
