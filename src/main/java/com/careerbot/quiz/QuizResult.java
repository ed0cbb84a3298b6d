package com.careerbot.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores per dimension and the overall reading of a completed quiz. */
public record QuizResult(List<DimensionScore> scores, int percent, Reading reading) {

    /** Dimensions at or above this share of their maximum count as strengths, at or below the low mark as to work on. */
    static final int STRENGTH_PERCENT = 67;
    static final int WEAKNESS_PERCENT = 50;

    /** @throws IllegalArgumentException when the answers do not cover every statement */
    public static QuizResult of(QuizDefinition quiz, QuizAnswers answers) {
        if (answers.count() != quiz.length()) {
            throw new IllegalArgumentException("The quiz has " + quiz.length() + " statements, not " + answers.count());
        }
        Map<String, int[]> points = new LinkedHashMap<>();
        quiz.dimensions().forEach(dimension -> points.put(dimension.id(), new int[2]));
        for (int i = 0; i < quiz.length(); i++) {
            int[] dimension = points.get(quiz.statements().get(i).dimension());
            dimension[0] += quiz.scale().get(answers.options().get(i)).score();
            dimension[1] += quiz.maxScore();
        }
        List<DimensionScore> scores = new ArrayList<>();
        int total = 0;
        for (Dimension dimension : quiz.dimensions()) {
            int[] sum = points.get(dimension.id());
            scores.add(new DimensionScore(dimension, sum[0], sum[1]));
            total += sum[0];
        }
        int percent = Math.round(100f * total / (quiz.length() * quiz.maxScore()));
        Reading reading = quiz.readings().stream().filter(r -> percent >= r.minPercent()).findFirst().orElseThrow();
        return new QuizResult(scores, percent, reading);
    }

    public List<DimensionScore> strengths() {
        return scores.stream().filter(score -> score.percent() >= STRENGTH_PERCENT).toList();
    }

    public List<DimensionScore> toWorkOn() {
        return scores.stream().filter(score -> score.percent() <= WEAKNESS_PERCENT).toList();
    }
}
