package com.careerbot.quiz;

/** A dimension's points out of its maximum. */
public record DimensionScore(Dimension dimension, int points, int maximum) {

    public int percent() {
        return maximum == 0 ? 0 : Math.round(100f * points / maximum);
    }
}
