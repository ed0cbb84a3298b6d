package com.careerbot.nlu;

import java.util.Locale;
import java.util.Optional;

/** What a message asks for. {@link #wireName()} is the name in {@code intents/} file names and in the API. */
public enum Intent {
    GREETING, HELP, OVERVIEW, MISSIONS, SALARY, STUDIES, SKILLS, SUITABILITY, WORKPLACES, MYTHS, ECOLOGY, OUTLOOK,
    PROS_CONS, THANKS, GOODBYE, OUT_OF_SCOPE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Intent> fromWireName(String name) {
        for (Intent intent : values()) {
            if (intent.wireName().equals(name)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }
}
