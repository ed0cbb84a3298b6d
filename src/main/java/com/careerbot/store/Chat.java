package com.careerbot.store;

import java.time.Instant;

import com.careerbot.nlu.Intent;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.QuizSession;
import com.careerbot.sheet.Language;

/**
 * Everything kept about one chat. Optimistic locking ({@code version}) makes two updates of the same chat at the same
 * time (a double tap, two instances behind a webhook) fail one of them instead of losing one.
 *
 * @param id         the channel-qualified chat id, e.g. {@code telegram:42}
 * @param lastIntent the topic of the bot's last answer, for follow-ups such as "and for a senior?"
 * @param active     false once the channel reported the chat unreachable (bot blocked)
 * @param quiz       the quiz in progress, or null
 * @param lastResult the last completed quiz, or null
 * @param version    the version read from the database; null for a chat never saved
 */
public record Chat(String id, Language language, Intent lastIntent, boolean active, QuizSession quiz,
                   CompletedQuiz lastResult, Long version, Instant updatedAt) {

    public static Chat start(String id, Language language, Instant now) {
        return new Chat(id, language, null, true, null, null, null, now);
    }

    public Chat withLanguage(Language newLanguage) {
        return new Chat(id, newLanguage, lastIntent, active, quiz, lastResult, version, updatedAt);
    }

    public Chat withLastIntent(Intent intent) {
        return new Chat(id, language, intent, active, quiz, lastResult, version, updatedAt);
    }

    public Chat withQuiz(QuizSession session) {
        return new Chat(id, language, lastIntent, active, session, lastResult, version, updatedAt);
    }

    public Chat withLastResult(CompletedQuiz result) {
        return new Chat(id, language, lastIntent, active, quiz, result, version, updatedAt);
    }

    public Chat withActive(boolean reachable) {
        return new Chat(id, language, lastIntent, reachable, quiz, lastResult, version, updatedAt);
    }

    public Chat touchedAt(Instant now) {
        return new Chat(id, language, lastIntent, active, quiz, lastResult, version, now);
    }

    Chat withVersion(long stored) {
        return new Chat(id, language, lastIntent, active, quiz, lastResult, stored, updatedAt);
    }
}
