package com.careerbot.quiz;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.careerbot.nlu.TextNormalizer;

/** Reads an answer typed instead of tapped: "plutôt oui", "Yes", "2", "b"… compared in normal form. */
public final class TypedAnswers {

    private final Map<String, Integer> options = new HashMap<>();

    public TypedAnswers(QuizDefinition quiz) {
        for (int i = 0; i < quiz.scale().size(); i++) {
            ScaleOption option = quiz.scale().get(i);
            for (String form : option.typed()) {
                options.put(TextNormalizer.normalize(form), i);
            }
            options.put(TextNormalizer.normalize(option.label().fr()), i);
            options.put(TextNormalizer.normalize(option.label().en()), i);
        }
    }

    /** @return the option's index on the scale, or empty when the text is not an answer */
    public Optional<Integer> parse(String text) {
        return Optional.ofNullable(options.get(TextNormalizer.normalize(text)));
    }
}
