package com.careerbot.sheet;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks; every text of the sheet exists in each of them. */
public enum Language {
    FR, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
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
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
