package com.careerbot.conversation;

import java.util.List;
import java.util.Optional;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.UncoveredTopic;

/**
 * What the bot makes of a typed message: which kind of answer it gets, and on what.
 *
 * @param kind      {@link Outcome.Kind#SECTION}, {@link Outcome.Kind#ITEM}, {@link Outcome.Kind#UNCOVERED},
 *                  {@link Outcome.Kind#OUT_OF_SCOPE}, {@link Outcome.Kind#CLARIFICATION} or
 *                  {@link Outcome.Kind#SMALL_TALK}
 * @param topic     the topic answered (a sheet topic, or the small talk intent); empty when there is none
 * @param facts     for {@code ITEM}: the item references asked for; for {@code SECTION}: one section id when the
 *                  message asked for that section rather than its whole topic; for {@code UNCOVERED}: the facts it
 *                  asked about that the sheet does state
 * @param uncovered for {@code UNCOVERED}: what the sheet does not say
 * @param preamble  a greeting or thanks the message opened with, before its question
 * @param likely    for {@code CLARIFICATION}: the topics the classifier hesitated between
 */
record Reading(Outcome.Kind kind, Optional<Intent> topic, List<String> facts, Optional<UncoveredTopic> uncovered,
               Optional<Intent> preamble, List<Intent> likely) {

    Reading {
        facts = List.copyOf(facts);
        likely = List.copyOf(likely);
    }

    static Reading of(Outcome.Kind kind, Intent topic) {
        return new Reading(kind, Optional.ofNullable(topic), List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The facts asked for: items ({@code section.item}), or whole sections asked for by name. */
    static Reading facts(Intent topic, List<String> facts) {
        Outcome.Kind kind = facts.stream().anyMatch(fact -> fact.contains(".")) ? Outcome.Kind.ITEM : Outcome.Kind.SECTION;
        return new Reading(kind, Optional.of(topic), facts, Optional.empty(), Optional.empty(), List.of());
    }

    static Reading uncovered(Intent topic, UncoveredTopic uncovered, List<String> asked) {
        return new Reading(Outcome.Kind.UNCOVERED, Optional.ofNullable(topic), asked, Optional.of(uncovered),
                Optional.empty(), List.of());
    }

    static Reading clarification(List<Intent> likely) {
        return new Reading(Outcome.Kind.CLARIFICATION, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                likely);
    }

    Reading after(Intent smallTalk) {
        return new Reading(kind, topic, facts, uncovered, Optional.of(smallTalk), likely);
    }
}
