package com.careerbot.quiz;

import java.util.List;

import com.careerbot.sheet.Localized;

/** One point of the answer scale: the score it gives, its button label, the words that type it (score checked by the loader). */
public record ScaleOption(Integer score, Localized label, List<String> typed) {

    public ScaleOption {
        typed = typed == null ? List.of() : List.copyOf(typed);
    }
}
