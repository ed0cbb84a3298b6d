package com.careerbot.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a data file people edit, each problem naming the file, the place and the field, so one
 * run of the validation lists them all.
 */
public final class Problems {

    private final String file;
    private final List<String> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(String where, String field, String what) {
        found.add(file + ": " + where + ", field '" + field + "' " + what);
    }

    /** @return whether the text is present and not blank, recording a problem otherwise */
    public boolean requireText(String text, String where, String field) {
        if (text == null) {
            add(where, field, "is missing");
            return false;
        }
        if (text.isBlank()) {
            add(where, field, "is empty");
            return false;
        }
        return true;
    }

    /** Records a problem for each language in which the text is missing or blank. */
    public void requireLocalized(Localized text, String where, String field) {
        if (text == null) {
            add(where, field, "is missing");
            return;
        }
        for (Language language : Language.values()) {
            requireText(text.in(language), where, field + "." + language.code());
        }
    }

    /** @throws InvalidSheetException listing every problem, if any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidSheetException(String.join(System.lineSeparator(), found));
        }
    }
}
