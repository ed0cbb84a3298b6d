package com.careerbot.nlu;

import java.util.List;

/**
 * The classifier's verdict on one message.
 *
 * @param ranking every intent, most likely first; the first entry is {@code intent}
 */
public record Classification(Intent intent, double confidence, List<IntentScore> ranking) {

    public Classification {
        ranking = List.copyOf(ranking);
        if (ranking.isEmpty() || ranking.get(0).intent() != intent) {
            throw new IllegalArgumentException("The ranking must start with the chosen intent " + intent);
        }
    }

    /** @return the runner-up, the second entry of the ranking */
    public IntentScore runnerUp() {
        return ranking.size() > 1 ? ranking.get(1) : new IntentScore(intent, 0);
    }

    public double confidenceOf(Intent other) {
        return ranking.stream().filter(score -> score.intent() == other).mapToDouble(IntentScore::confidence)
                .findFirst().orElse(0);
    }

    public List<IntentScore> top(int count) {
        return ranking.subList(0, Math.min(count, ranking.size()));
    }
}
