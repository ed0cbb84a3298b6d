package com.careerbot.nlu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param intents               folder of training examples; {@code file:intents/} trains from the working copy
 * @param confidenceThreshold   below this probability the bot does not guess the intent
 * @param ambiguityMargin       when the two best intents are closer than this, the bot asks which one was meant
 * @param languageConfidence    below this probability the message's language counts as unknown
 * @param iterations            maxent training iterations
 * @param cutoff                features seen fewer times than this in training are dropped
 */
@ConfigurationProperties("careerbot.nlu")
public record NluProperties(
        @DefaultValue("classpath:intents/") String intents,
        @DefaultValue("0.35") double confidenceThreshold,
        @DefaultValue("0.08") double ambiguityMargin,
        @DefaultValue("0.75") double languageConfidence,
        @DefaultValue("300") int iterations,
        @DefaultValue("1") int cutoff) {

    public NluProperties {
        if (confidenceThreshold < 0 || confidenceThreshold > 1 || ambiguityMargin < 0 || ambiguityMargin > 1
                || languageConfidence < 0 || languageConfidence > 1) {
            throw new IllegalArgumentException("careerbot.nlu thresholds must lie between 0 and 1");
        }
        if (iterations < 1 || cutoff < 0) {
            throw new IllegalArgumentException("careerbot.nlu.iterations must be positive and cutoff not negative");
        }
    }

    public static NluProperties defaults() {
        return new NluProperties("classpath:intents/", 0.35, 0.08, 0.75, 300, 1);
    }
}
