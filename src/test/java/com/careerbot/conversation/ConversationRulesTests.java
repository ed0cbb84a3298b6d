package com.careerbot.conversation;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation's rules, case by case: focused answers, sections, what the sheet does not say, out of scope,
 * follow-ups and mixed messages, in both languages, played through the pure turn in milliseconds.
 */
class ConversationRulesTests {

    @TestFactory
    Stream<DynamicTest> answersEachCaseAsTheRulesSay() {
        List<ConversationEvaluation.Result> results = ConversationEvaluation.play(StandardConversation.get().conversation(),
                StandardConversation.script("conversation/rules.yaml"));
        return results.stream().map(result -> DynamicTest.dynamicTest(
                result.conversation().id() + ": " + result.turn().say(),
                () -> assertThat(result.failures()).as("%s", result.outcome().replies()).isEmpty()));
    }

    /**
     * The development set, written by someone else than the rules' author and tuned on: a floor per kind, a few
     * points under what it measured, so that a regression shows.
     */
    @Test
    void passesTheDevelopmentSetAboveItsFloors() {
        List<ConversationEvaluation.Result> results = ConversationEvaluation.play(StandardConversation.get().conversation(),
                StandardConversation.script("conversation/dev.yaml"));

        Floors.DEVELOPMENT.check(results);
    }
}
