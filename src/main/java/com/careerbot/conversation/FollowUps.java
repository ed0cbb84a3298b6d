package com.careerbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbot.answer.ExperienceLevel;
import com.careerbot.answer.Topics;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import com.careerbot.nlu.NluProperties;
import com.careerbot.nlu.Understanding;

/**
 * Decides which intent to answer, using the conversation's context: right after a salary answer, "et pour un
 * senior ?" is about salary; when the classifier hesitates, the bot asks rather than guesses.
 */
final class FollowUps {

    /** Elliptic follow-ups are short. */
    private static final int MAX_FOLLOW_UP_WORDS = 7;
    private static final Set<String> FOLLOW_UP_OPENERS = Set.of("et", "and", "what", "how", "pour", "for", "sinon",
            "mais", "but", "ok", "alors", "so", "then", "puis", "also", "aussi");

    private final NluProperties properties;

    FollowUps(NluProperties properties) {
        this.properties = properties;
    }

    /** @return the intent to answer, or empty when the bot should ask which topic was meant */
    Optional<Intent> resolve(Understanding understood, Intent lastIntent) {
        Classification classification = understood.classification();
        boolean uncertain = isUncertain(classification);
        if (lastIntent != null && isFollowUpOf(understood.normalized(), lastIntent)
                && (uncertain || classification.intent() == lastIntent
                || !Topics.SHEET_TOPICS.contains(classification.intent()))) {
            return Optional.of(lastIntent);
        }
        return uncertain ? Optional.empty() : Optional.of(classification.intent());
    }

    /** The two intents the classifier hesitates between. */
    List<Intent> likely(Understanding understood) {
        return understood.classification().top(2).stream().map(IntentScore::intent).toList();
    }

    private boolean isUncertain(Classification classification) {
        return classification.confidence() < properties.confidenceThreshold()
                || classification.confidence() - classification.runnerUp().confidence() < properties.ambiguityMargin();
    }

    private static boolean isFollowUpOf(String normalized, Intent lastIntent) {
        String[] words = normalized.split(" ");
        if (words.length > MAX_FOLLOW_UP_WORDS) {
            return false;
        }
        return FOLLOW_UP_OPENERS.contains(words[0])
                || lastIntent == Intent.SALARY && ExperienceLevel.of(normalized) != ExperienceLevel.ANY;
    }
}
