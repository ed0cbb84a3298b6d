package com.careerbot.review;

import java.util.List;

import com.careerbot.nlu.IntentScore;

/**
 * A kept unanswered message.
 *
 * @param outcome the kind of answer it got: {@code out_of_scope}, {@code clarification} or {@code uncovered}
 * @param top     the classifier's two likeliest intents, most likely first (fewer if it ranked fewer)
 * @param text    the message, redacted
 */
record Unanswered(String language, String outcome, List<IntentScore> top, String text) {

    Unanswered {
        top = List.copyOf(top);
    }
}
