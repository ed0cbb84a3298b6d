package com.careerbot.nlu;

import com.careerbot.sheet.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param intents             folder of training examples; {@code file:intents/} trains from the working copy
 * @param confidenceThreshold per language, below this probability the bot does not take the classifier's word for the
 *                            intent; chosen on held-out messages by the evaluation command ({@code NluEvaluation})
 * @param ambiguityMargin     when the two best intents are closer than this, the bot does not take either for granted
 * @param languageConfidence  below this probability the message's language counts as unknown, and the chat's applies: a
 *                            wrong guess would answer, and go on, in the other language
 * @param iterations          maxent training iterations
 * @param cutoff              features seen fewer times than this in training are dropped
 */
@ConfigurationProperties("careerbot.nlu")
public record NluProperties(
        @DefaultValue("classpath:intents/") String intents,
        @DefaultValue Thresholds confidenceThreshold,
        @DefaultValue("0.08") double ambiguityMargin,
        @DefaultValue("0.75") double languageConfidence,
        @DefaultValue("300") int iterations,
        @DefaultValue("1") int cutoff) {

    /** One confidence threshold per language: the two models are trained on different examples. */
    public record Thresholds(@DefaultValue("0.16") double fr, @DefaultValue("0.40") double en) {

        public Thresholds {
            if (fr < 0 || fr > 1 || en < 0 || en > 1) {
                throw new IllegalArgumentException("careerbot.nlu.confidence-threshold values must lie between 0 and 1");
            }
        }

        public double in(Language language) {
            return switch (language) {
                case FR -> fr;
                case EN -> en;
            };
        }
    }

    public NluProperties {
        if (ambiguityMargin < 0 || ambiguityMargin > 1 || languageConfidence < 0 || languageConfidence > 1) {
            throw new IllegalArgumentException("careerbot.nlu thresholds must lie between 0 and 1");
        }
        if (iterations < 1 || cutoff < 0) {
            throw new IllegalArgumentException("careerbot.nlu.iterations must be positive and cutoff not negative");
        }
    }

    public static NluProperties defaults() {
        return new NluProperties("classpath:intents/", new Thresholds(0.16, 0.40), 0.08, 0.75, 300, 1);
    }

    /** The same settings, training from another folder. */
    public NluProperties withIntents(String folder) {
        return new NluProperties(folder, confidenceThreshold, ambiguityMargin, languageConfidence, iterations, cutoff);
    }

    /** Whether the classifier's first choice can be taken as the message's intent. */
    public boolean isConfident(Classification classification, Language language) {
        return classification.confidence() >= confidenceThreshold.in(language)
                && classification.confidence() - classification.runnerUp().confidence() >= ambiguityMargin;
    }
}
