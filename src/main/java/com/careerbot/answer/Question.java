package com.careerbot.answer;

import com.careerbot.sheet.Language;

/**
 * What a composer answers.
 *
 * @param normalized the normalised message, for composers that adapt to its wording; empty for a button press
 */
public record Question(Language language, String normalized) {

    public static Question about(Language language) {
        return new Question(language, "");
    }
}
