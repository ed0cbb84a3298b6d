package com.careerbot.nlu;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a message asks for. {@link #wireName()} is the name in {@code intents/} file names and in the API. */
public enum Intent {
    GREETING, HELP, OVERVIEW, MISSIONS, SALARY, STUDIES, SKILLS, SUITABILITY, WORKPLACES, MYTHS, ECOLOGY, OUTLOOK,
    PROS_CONS, THANKS, GOODBYE, OUT_OF_SCOPE;

    private static final Map<String, Intent> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Intent::wireName, intent -> intent));

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<Intent> fromWireName(String name) {
        return Optional.ofNullable(name).map(BY_WIRE_NAME::get);
    }
}
