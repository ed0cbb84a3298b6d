package com.careerbot.conversation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbot.nlu.TextNormalizer;
import com.careerbot.nlu.TrainingCorpus;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out conversations (src/test/resources/nlu/conversations.yaml): written before the rules were tuned, never
 * trained or tuned on. The floors sit a few points under what they measured, so that a regression fails the build.
 */
class HeldOutConversationsTests {

    private static ConversationScript script;
    private static List<ConversationEvaluation.Result> results;

    @BeforeAll
    static void play() {
        script = StandardConversation.script("nlu/conversations.yaml");
        results = ConversationEvaluation.play(StandardConversation.get().conversation(), script);
    }

    @Test
    void passesTheHeldOutConversationsAboveTheirFloors() {
        Floors.HELD_OUT.check(results);
    }

    @Test
    void coversEveryKindInBothLanguages() {
        for (String kind : ConversationScript.KINDS) {
            for (Language language : Language.values()) {
                assertThat(results).as("%s in %s", kind, language)
                        .filteredOn(result -> result.turn().kind().equals(kind) && result.language() == language)
                        .hasSizeGreaterThanOrEqualTo(10);
            }
        }
    }

    @Test
    void isNeverTrainedOn() {
        Set<String> trained = TrainingCorpus.load("classpath:intents/").examples().stream()
                .map(example -> TextNormalizer.normalize(example.text())).collect(Collectors.toSet());

        assertThat(script.conversations().stream().flatMap(conversation -> conversation.turns().stream())
                .map(turn -> TextNormalizer.normalize(turn.say())))
                .noneMatch(trained::contains);
    }
}
