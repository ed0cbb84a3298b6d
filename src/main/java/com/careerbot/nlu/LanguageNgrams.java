package com.careerbot.nlu;

import java.util.LinkedHashSet;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;

/**
 * The language detector's features: the distinct character 1- to 3-grams of a text {@link TextNormalizer} has
 * normalised, digits left out. OpenNLP's default generator runs five regular-expression normalisers (emoji, URLs,
 * handles, numbers, repeated letters) and a map of character buffers on every message: most of the time to understand
 * a message (docs/benchmarks.md), for work the text normaliser has mostly done; its emoticon filter even cut letters
 * out of words ("expert" became "eert").
 *
 * <p>Public with a no-argument constructor because an OpenNLP model re-creates its factory by class name.
 */
public final class LanguageNgrams extends LanguageDetectorFactory {

    private static final int MAX_LENGTH = 3;

    @Override
    public LanguageDetectorContextGenerator getContextGenerator() {
        return new Generator();
    }

    /** @return the distinct n-grams of a normalised text, as the detector was trained on them */
    static String[] of(CharSequence normalized) {
        String text = withoutDigits(normalized);
        Set<String> ngrams = new LinkedHashSet<>(text.length() * MAX_LENGTH * 2);
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= Math.min(start + MAX_LENGTH, text.length()); end++) {
                ngrams.add(text.substring(start, end));
            }
        }
        return ngrams.toArray(new String[0]);
    }

    /** Numbers say nothing about a language: they are left out and the spaces around them merged. */
    private static String withoutDigits(CharSequence normalized) {
        StringBuilder text = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean repeatedSpace = c == ' ' && (text.isEmpty() || text.charAt(text.length() - 1) == ' ');
            if (!Character.isDigit(c) && !repeatedSpace) {
                text.append(c);
            }
        }
        int end = text.length();
        return end > 0 && text.charAt(end - 1) == ' ' ? text.substring(0, end - 1) : text.toString();
    }

    private static final class Generator implements LanguageDetectorContextGenerator {

        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("unchecked")
        public <T extends CharSequence> T[] getContext(CharSequence document) {
            return (T[]) of(document);
        }
    }
}
