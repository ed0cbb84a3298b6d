package com.careerbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbot.answer.Reply;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;

/**
 * The result of one turn.
 *
 * @param classification what the classifier made of a typed message; empty for commands and buttons
 * @param kind           what kind of answer the user got
 * @param answered       the topic the bot answered, which the conversation's context may have chosen over the
 *                       classifier's first choice ("and for a senior?" after a salary answer); empty when the bot
 *                       asked which topic was meant, or answered a command
 * @param uncovered      for {@link Kind#UNCOVERED}: the id of what the sheet does not say (the scope file's)
 * @param milestones     what else the turn did that the operators count (a quiz started, a chat forgotten)
 */
public record Outcome(Language language, Optional<Classification> classification, Kind kind, Optional<Intent> answered,
                      Optional<String> uncovered, List<Reply> replies, Set<Milestone> milestones) {

    /** What kind of answer a turn gave. */
    public enum Kind {
        /** A topic, or a section of it, as a whole: the answer to a broad question or to a topic button. */
        SECTION,
        /** The one or two facts a specific question asked for. */
        ITEM,
        /** "The job sheet doesn't say", then the closest facts it does state. */
        UNCOVERED,
        /** The polite reply to a question about something other than the job. */
        OUT_OF_SCOPE,
        /** The bot was unsure and asked which topic was meant. */
        CLARIFICATION,
        /** A greeting, thanks, goodbye or help reply. */
        SMALL_TALK,
        /** A quiz step: a question, an answer recorded, the result, an offer to resume. */
        QUIZ,
        /** A command's reply (language, forget, unknown command…). */
        COMMAND,
        /** A notice about the input itself: too long, not text, a stale button. */
        NOTICE
    }

    /** A step of the chat's life a turn may take, besides its answer. */
    public enum Milestone {
        QUIZ_STARTED, QUIZ_COMPLETED, QUIZ_CANCELLED, QUIZ_EXPIRED,
        /** {@code /forget}: everything kept for the chat erased. */
        FORGOTTEN
    }

    public Outcome {
        replies = List.copyOf(replies);
        milestones = Set.copyOf(milestones);
    }

    /** The sheet sections and items the replies cite, in order, without repeats. */
    public List<String> sources() {
        return replies.stream().flatMap(reply -> reply.sources().stream()).distinct().toList();
    }
}
