package com.careerbot.conversation;

import java.util.List;
import java.util.Optional;

import com.careerbot.answer.Reply;
import com.careerbot.nlu.Classification;
import com.careerbot.sheet.Language;

/**
 * The result of one turn.
 *
 * @param classification what the classifier made of a typed message; empty for commands and buttons
 */
public record Outcome(Language language, Optional<Classification> classification, List<Reply> replies) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
