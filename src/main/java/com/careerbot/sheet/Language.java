package com.careerbot.sheet;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The languages the bot speaks; every text of the sheet exists in each of them. */
public enum Language {
    FR, EN;

    private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_]");

    private final String code = name().toLowerCase(Locale.ROOT);
    private final Locale locale = Locale.forLanguageTag(code);

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Reads a language code such as {@code fr}, {@code EN} or an IETF tag such as {@code fr-CA}.
     *
     * @return empty when the code is null, blank or names another language
     */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = SUBTAG_SEPARATOR.split(code.trim().toLowerCase(Locale.ROOT), 2)[0];
        for (Language language : values()) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
