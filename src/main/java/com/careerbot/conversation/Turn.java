package com.careerbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbot.answer.Reply;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chat;

/** The working state of one turn: the chat as it will be saved, the language spoken, the replies so far. */
final class Turn {

    final Instant now;
    Chat chat;
    Language language;
    Classification classification;
    Outcome.Kind kind = Outcome.Kind.NOTICE;
    Intent answered;
    String uncovered;
    boolean forget;
    final Set<Outcome.Milestone> milestones = EnumSet.noneOf(Outcome.Milestone.class);
    private final List<Reply> replies = new ArrayList<>();

    Turn(Chat chat, Language language, Instant now) {
        this.chat = chat;
        this.language = language;
        this.now = now;
    }

    void reply(Reply reply) {
        replies.add(reply);
    }

    Outcome outcome() {
        return new Outcome(language, Optional.ofNullable(classification), kind, Optional.ofNullable(answered),
                Optional.ofNullable(uncovered), replies, forget ? Set.of(Outcome.Milestone.FORGOTTEN) : milestones);
    }
}
