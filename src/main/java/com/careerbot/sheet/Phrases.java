package com.careerbot.sheet;

import java.util.List;

/**
 * Ways people ask for something, in every language the bot speaks: words or short phrasings ("fort en maths",
 * "after # years", where {@code #} stands for any number). Matched on normalised, stemmed words, in order.
 */
public record Phrases(List<String> fr, List<String> en) {

    public static final Phrases NONE = new Phrases(List.of(), List.of());

    public Phrases {
        fr = fr == null ? List.of() : List.copyOf(fr);
        en = en == null ? List.of() : List.copyOf(en);
    }

    public List<String> in(Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
        };
    }

    public boolean isEmpty() {
        return fr.isEmpty() && en.isEmpty();
    }
}
