package com.careerbot.conversation;

import java.util.List;
import java.util.Optional;

import com.careerbot.answer.Reply;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;

/**
 * The result of one turn.
 *
 * @param classification what the classifier made of a typed message; empty for commands and buttons
 * @param answered       the topic the bot answered, which the conversation's context may have chosen over the
 *                       classifier's first choice ("and for a senior?" after a salary answer); empty when the bot
 *                       asked which topic was meant, or answered a command
 */
public record Outcome(Language language, Optional<Classification> classification, Optional<Intent> answered,
                      List<Reply> replies) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
