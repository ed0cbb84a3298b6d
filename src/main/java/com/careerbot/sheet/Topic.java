package com.careerbot.sheet;

import java.util.List;

/**
 * How the bot answers one topic people ask about (an intent of {@code intents/}): which sections hold its facts, what
 * a broad question gets, which topics to suggest next.
 *
 * @param intent    the intent's name, as in {@code intents/} file names
 * @param sections  the sections whose items a specific question about this topic can get
 * @param show      what a broad question gets, in order: section ids or item references ({@code myths.saturated});
 *                  empty for all of {@code sections}
 * @param title     the answer's title when it shows more than one section's worth; null for the first section's
 * @param followUps the topics offered as buttons after an answer, as intent names
 * @param quiz      whether answers on this topic also offer the quiz
 */
public record Topic(String intent, List<String> sections, List<String> show, Localized title, List<String> followUps,
                    Boolean quiz) {

    public Topic {
        sections = sections == null ? List.of() : List.copyOf(sections);
        show = show == null || show.isEmpty() ? sections : List.copyOf(show);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        quiz = Boolean.TRUE.equals(quiz);
    }

    public boolean offersQuiz() {
        return quiz;
    }
}
