package com.careerbot.sheet;

/** A text given in every language the bot speaks. Fields may be null until {@link SheetValidator} has checked them. */
public record Localized(String fr, String en) {

    public String in(Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
        };
    }
}
