package com.careerbot.nlu;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings what people type on a phone to one form: lower case, no accents, no elisions (l', d', qu'…), no punctuation,
 * letters repeated for emphasis cut to two, currency signs spelled out.
 */
public final class TextNormalizer {

    /** Longer messages are classified on their beginning: past this, more words do not change the topic. */
    static final int MAX_TOKENS = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern ELISION = Pattern.compile(
            "\\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");

    private TextNormalizer() {
    }

    /** @return the normalised text, words separated by one space; empty when nothing word-like is left */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT);
        s = s.replace("œ", "oe").replace("æ", "ae").replace("€", " euros ").replace("$", " dollars ");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = ELISION.matcher(s).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = REPEATED_LETTER.matcher(s).replaceAll("$1$1");
        return s.strip();
    }

    /** @return the words of a normalised text, at most {@value #MAX_TOKENS} */
    public static String[] tokens(String normalized) {
        if (normalized.isEmpty()) {
            return new String[0];
        }
        String[] words = normalized.split(" ");
        return words.length > MAX_TOKENS ? Arrays.copyOf(words, MAX_TOKENS) : words;
    }
}
