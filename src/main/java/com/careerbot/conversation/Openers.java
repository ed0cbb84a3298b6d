package com.careerbot.conversation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import com.careerbot.nlu.Understanding;

/**
 * Tells a greeting, thanks or goodbye in front of a question ("cool merci, et pour les études ?") from the question, so
 * that the question is the one answered.
 */
final class Openers {

    /** Greetings, thanks and goodbyes that can open a message before its question. */
    static final Set<Intent> INTENTS = Set.of(Intent.GREETING, Intent.THANKS, Intent.GOODBYE);
    /** Small talk is taken as such only when the classifier is this sure of it on its own ("I love pizza" is no thanks). */
    static final double CONFIDENCE = 0.5;
    /** The longest greeting or thanks looked for in front of a question ("cool merci beaucoup"). */
    private static final int MAX_WORDS = 4;

    /**
     * @param opener   the greeting or thanks the message opened with
     * @param question the rest, understood in the message's language
     * @param found    the phrasings the rest holds
     */
    record Split(Intent opener, Understanding question, Phrasebook.Found found) {
    }

    private final MessageUnderstanding understanding;
    private final Phrasebook phrasebook;
    private final NluProperties properties;

    Openers(MessageUnderstanding understanding, Phrasebook phrasebook, NluProperties properties) {
        this.understanding = understanding;
        this.phrasebook = phrasebook;
        this.properties = properties;
    }

    /** @return the opener apart from the question, when the message is one and the rest asks something */
    Optional<Split> split(Understanding message) {
        Classification whole = message.classification();
        if (!INTENTS.contains(whole.intent()) && properties.isConfident(whole, message.language())) {
            return Optional.empty();
        }
        String[] words = message.normalized().split(" ");
        for (int length = Math.min(MAX_WORDS, words.length - 1); length >= 1; length--) {
            Classification opener = understanding.understandIn(String.join(" ", Arrays.copyOfRange(words, 0, length)),
                    message.language()).classification();
            if (!INTENTS.contains(opener.intent()) || opener.confidence() < CONFIDENCE) {
                continue;
            }
            Understanding rest = understanding.understandIn(
                    String.join(" ", Arrays.copyOfRange(words, length, words.length)), message.language());
            Phrasebook.Found found = phrasebook.find(rest.normalized(), rest.language());
            if (asksSomething(rest, found)) {
                return Optional.of(new Split(opener.intent(), rest, found));
            }
        }
        return Optional.empty();
    }

    /** A confident intent other than small talk, or a phrasing of the sheet or its scope. */
    private boolean asksSomething(Understanding part, Phrasebook.Found found) {
        Classification classification = part.classification();
        if (INTENTS.contains(classification.intent())) {
            return false;
        }
        return properties.isConfident(classification, part.language())
                || !found.facts().isEmpty() || !found.gaps().isEmpty();
    }
}
