package com.careerbot.review;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces what could identify someone in a message by a placeholder, before the message is kept: e-mail addresses,
 * URLs, @handles, phone numbers and long runs of digits (an account, a card, a student number). Years and salaries
 * ("2024", "35000") stay: they are what the question is about.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"
            + "|\\b(?:[a-z0-9-]+\\.)+(?:com|net|org|fr|io|dev|me|be|ch|ca|eu|co|uk|de|info|biz)\\b(?:/\\S*)?");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_])@[A-Za-z0-9_]{2,}");
    /** Digits with the separators people type in phone numbers; a phone number if it holds 8 digits or more. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\(?\\d[\\d .()\\-]{6,}\\d");
    private static final int PHONE_DIGITS = 8;
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");

    private Redaction() {
    }

    static String redact(String text) {
        String redacted = EMAIL.matcher(text).replaceAll("<email>");
        redacted = URL.matcher(redacted).replaceAll("<url>");
        redacted = HANDLE.matcher(redacted).replaceAll("<handle>");
        redacted = PHONE_LIKE.matcher(redacted).replaceAll(Redaction::phone);
        return LONG_NUMBER.matcher(redacted).replaceAll("<number>");
    }

    private static String phone(MatchResult candidate) {
        long digits = candidate.group().chars().filter(Character::isDigit).count();
        return digits >= PHONE_DIGITS ? "<phone>" : Matcher.quoteReplacement(candidate.group());
    }
}
