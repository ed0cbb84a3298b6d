package com.careerbot.nlu;

import com.careerbot.sheet.Language;

/** One line of an {@code intents/<lang>/<intent>.txt} file, with where it comes from for error messages. */
public record IntentExample(Language language, Intent intent, String text, String file, int line) {

    public String where() {
        return file + ":" + line;
    }
}
