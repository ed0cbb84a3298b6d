package com.careerbot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.careerbot.answer.Answers;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import com.careerbot.nlu.PhraseMatcher.Match;
import com.careerbot.nlu.Understanding;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Scope;
import com.careerbot.sheet.UncoveredTopic;

/**
 * Decides what a typed message asks for, from the classifier's verdict, the phrasings of the sheet and its scope, and
 * the conversation's last topic. In order: a question about another job is out of scope; a short follow-up ("et après
 * 10 ans ?") continues the last topic when it says something about it; otherwise the classifier's confident verdict
 * holds. Within the topic, something the sheet does not say is said so; phrasings pick the facts asked for; a broad
 * question gets the topic as a whole. Unsure and without phrasings, the bot asks, or declines. A greeting or thanks
 * in front of a question is answered as the question ({@link Openers}).
 */
final class Interpreter {

    /** Follow-ups are short; a longer message is a question of its own. */
    private static final int MAX_FOLLOW_UP_WORDS = 6;
    /** A message this short can only be read with the conversation's context ("pour un senior ?"). */
    private static final int ELLIPTIC_WORDS = 3;
    private static final Set<String> FOLLOW_UP_OPENERS = Set.of("et", "pour", "sinon", "mais", "alors", "ok", "puis",
            "aussi", "ensuite", "avec", "a", "en", "dans", "genre", "and", "what", "how", "for", "but", "so", "then",
            "also", "with", "in", "at", "about", "plus", "lequel", "laquelle", "lesquels", "lesquelles", "which",
            "quel", "quelle", "quels", "quelles", "comment", "combien");
    /** A confident "out of scope" gives way only to a phrasing of this many words ("nul en maths", not "équation"). */
    private static final int WORDS_AGAINST_OUT_OF_SCOPE = 2;
    /** Facts of another topic than the one the classifier is sure of need a phrasing this long… */
    private static final int WORDS_AGAINST_ANOTHER_TOPIC = 2;
    /** …or the classifier to give their topic at least this probability. */
    private static final double MIN_WEIGHT_OF_ANOTHER_TOPIC = 0.05;
    /** A specific question gets this many facts at most. */
    private static final int MAX_FACTS = 2;

    private final Openers openers;
    private final Phrasebook phrasebook;
    private final Answers answers;
    private final Scope scope;
    private final NluProperties properties;

    Interpreter(MessageUnderstanding understanding, Phrasebook phrasebook, Answers answers, Scope scope,
                NluProperties properties) {
        this.openers = new Openers(understanding, phrasebook, properties);
        this.phrasebook = phrasebook;
        this.answers = answers;
        this.scope = scope;
        this.properties = properties;
    }

    /**
     * @param message   the message, understood; its normalised text is not empty
     * @param lastTopic the topic of the bot's last answer in this chat, or null
     */
    Reading read(Understanding message, Intent lastTopic) {
        return openers.split(message)
                .map(split -> {
                    Reading question = readQuestion(split.question(), split.found(), lastTopic);
                    return question.kind() == Outcome.Kind.SMALL_TALK ? question : question.after(split.opener());
                })
                .orElseGet(() -> readQuestion(message, phrasebook.find(message.normalized(), message.language()),
                        lastTopic));
    }

    private Reading readQuestion(Understanding message, Phrasebook.Found found, Intent lastTopic) {
        String text = message.normalized();
        Language language = message.language();
        Classification classification = message.classification();
        List<Match> facts = found.facts();
        List<Match> gaps = found.gaps();
        if (found.offTopic() || namesAnotherJob(found)) {
            return Reading.of(Outcome.Kind.OUT_OF_SCOPE, Intent.OUT_OF_SCOPE);
        }
        // "et après 10 ans ?" right after "combien gagne un data scientist ?" is still about the data scientist.
        if (lastTopic == Intent.OUT_OF_SCOPE && isFollowUp(text) && !found.namesThisJob()) {
            return Reading.of(Outcome.Kind.OUT_OF_SCOPE, Intent.OUT_OF_SCOPE);
        }
        boolean confident = properties.isConfident(classification, language);
        Intent topic = null;
        if (lastTopic != null && answers.isSheetTopic(lastTopic) && isFollowUp(text)
                && continues(lastTopic, facts, gaps)) {
            topic = lastTopic;
        } else if (confident) {
            topic = classification.intent();
        }
        if (topic == Intent.OUT_OF_SCOPE) {
            // Naming this job ("salaire d'un dévelopeur bakend") makes any phrasing of the sheet count.
            // So does something uncovered about a topic the message names ("salaire dans une banque ?").
            int needed = found.namesThisJob() ? 1 : WORDS_AGAINST_OUT_OF_SCOPE;
            List<Match> named = facts;
            List<Match> uncovered = gaps;
            facts = named.stream().filter(fact -> fact.words() >= needed
                    || uncovered.stream().anyMatch(gap -> about(gap, fact))).toList();
            gaps = uncovered.stream().filter(gap -> gap(gap).when() == null ? gap.words() >= needed
                    : named.stream().anyMatch(fact -> about(gap, fact))).toList();
            if (facts.isEmpty() && gaps.isEmpty()) {
                return Reading.of(Outcome.Kind.OUT_OF_SCOPE, Intent.OUT_OF_SCOPE);
            }
            topic = null;
        }
        if (topic == Intent.HELP && !(facts.isEmpty() && gaps.isEmpty())) {
            topic = null;
        }
        if (topic != null && !answers.isSheetTopic(topic)) {
            if (classification.confidence() >= Openers.CONFIDENCE) {
                return Reading.of(Outcome.Kind.SMALL_TALK, topic);
            }
            topic = null;
        }
        return within(topic, facts, gaps, classification);
    }

    /**
     * The answer on a sheet topic, or, when {@code classified} is null (the classifier unsure), on the topic of the
     * facts the phrasings point to.
     */
    private Reading within(Intent classified, List<Match> facts, List<Match> gaps, Classification classification) {
        List<Match> ofTopic = classified == null ? facts : inTopic(facts, classified);
        List<Match> elsewhere = facts.stream().filter(match -> !ofTopic.contains(match)).toList();
        List<Match> candidates;
        if (!elsewhere.isEmpty() && elsewhere.get(0).words() >= WORDS_AGAINST_ANOTHER_TOPIC
                && (ofTopic.isEmpty() || elsewhere.get(0).words() > ofTopic.get(0).words())) {
            // A longer phrasing of another topic's fact says more than the classifier ("switch careers" over "detail").
            candidates = elsewhere;
        } else if (ofTopic.isEmpty()) {
            // Facts of another topic than the classifier's: taken when the phrasing is specific, or the classifier
            // gives their topic some weight ("quels langages apprendre ?" is about skills more than studies).
            candidates = facts.stream().filter(match -> match.words() >= WORDS_AGAINST_ANOTHER_TOPIC
                    || answers.topicsOf(match.target()).stream().anyMatch(owner -> weighs(owner, classification)))
                    .toList();
        } else {
            candidates = ofTopic;
        }
        Intent topic = classified != null || candidates.isEmpty() ? classified
                : answers.topicsOf(candidates.get(0).target()).get(0);
        Optional<UncoveredTopic> gap = gaps.stream().map(this::gap)
                .filter(uncovered -> appliesTo(uncovered, topic, classification)).findFirst();
        int gapWords = gaps.stream().filter(match -> gap.map(UncoveredTopic::id).orElse("").equals(match.target()))
                .mapToInt(Match::words).findFirst().orElse(0);
        int factWords = candidates.isEmpty() ? 0 : candidates.get(0).words();
        // Something uncovered about this very topic wins ("salaire à Paris"); one that is not needs a phrasing longer
        // than the facts' ("reconversion, trop tard ?" is about age, "j'ai 5 ans d'expérience" about salary).
        if (gap.isPresent() && (gap.get().when() != null || gapWords > factWords)) {
            Intent about = gap.get().when() != null ? Intent.fromWireName(gap.get().when()).orElseThrow() : topic;
            List<String> asked = about == null ? List.of() : targets(inTopic(facts, about)).stream()
                    .filter(reference -> reference.contains(".")).toList();
            return Reading.uncovered(about, gap.get(), asked);
        }
        if (!candidates.isEmpty()) {
            List<String> asked = targets(candidates);
            List<Intent> owners = answers.topicsOf(asked.get(0));
            return Reading.facts(owners.contains(topic) ? topic : owners.get(0), asked);
        }
        if (topic != null) {
            return Reading.of(Outcome.Kind.SECTION, topic);
        }
        List<Intent> likely = classification.top(2).stream().map(IntentScore::intent).toList();
        boolean nothingToOffer = classification.intent() == Intent.OUT_OF_SCOPE
                || likely.stream().noneMatch(answers::isSheetTopic);
        return nothingToOffer ? Reading.of(Outcome.Kind.OUT_OF_SCOPE, Intent.OUT_OF_SCOPE)
                : Reading.clarification(likely);
    }

    /**
     * Another job named, and this one not: "combien gagne un data scientist ?". A job named inside a phrasing of the
     * sheet ("avec les devs front") is part of a question about this job.
     */
    private static boolean namesAnotherJob(Phrasebook.Found found) {
        Match other = found.otherJob();
        if (other == null || found.namesThisJob()) {
            return false;
        }
        return Stream.concat(found.facts().stream(), found.gaps().stream())
                .noneMatch(match -> match.words() > other.words() && match.overlaps(other));
    }

    /**
     * Whether something the sheet does not say applies to a question on this topic: a city makes a salary question
     * uncovered, not a studies one; the classifier giving the salary some weight is enough.
     */
    private static boolean appliesTo(UncoveredTopic uncovered, Intent topic, Classification classification) {
        return uncovered.when() == null
                || Intent.fromWireName(uncovered.when()).filter(when -> when == topic || weighs(when, classification))
                .isPresent();
    }

    private static boolean weighs(Intent topic, Classification classification) {
        return classification.confidenceOf(topic) >= MIN_WEIGHT_OF_ANOTHER_TOPIC;
    }

    /** Whether something uncovered is about the topic of a fact the message names. */
    private boolean about(Match gap, Match fact) {
        String when = gap(gap).when();
        return when != null && answers.topicsOf(fact.target()).stream().anyMatch(topic -> topic.wireName().equals(when));
    }

    /** A follow-up says something about the last topic: one of its facts, or something uncovered about it. */
    private boolean continues(Intent lastTopic, List<Match> facts, List<Match> gaps) {
        return !inTopic(facts, lastTopic).isEmpty()
                || gaps.stream().anyMatch(match -> lastTopic.wireName().equals(gap(match).when()));
    }

    private static boolean isFollowUp(String text) {
        String[] words = text.split(" ");
        return words.length <= ELLIPTIC_WORDS
                || words.length <= MAX_FOLLOW_UP_WORDS && FOLLOW_UP_OPENERS.contains(words[0]);
    }

    private List<Match> inTopic(List<Match> facts, Intent topic) {
        return facts.stream().filter(match -> answers.topicsOf(match.target()).contains(topic)).toList();
    }

    /**
     * The most specific matches, two at most: the longest phrasings, items rather than sections when both match as
     * long ("salaire d'un junior" is about one item), whole sections when only they do ("avantages et inconvénients").
     */
    private static List<String> targets(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        int best = matches.get(0).words();
        List<String> top = matches.stream().filter(match -> match.words() == best)
                .sorted(Comparator.comparingInt(Match::start)).map(Match::target).toList();
        List<String> items = top.stream().filter(target -> target.contains(".")).limit(MAX_FACTS).toList();
        return items.isEmpty() ? top.stream().limit(MAX_FACTS).toList() : items;
    }

    private UncoveredTopic gap(Match match) {
        return scope.uncovered(match.target()).orElseThrow();
    }
}
