package com.careerbot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careerbot.nlu.PhraseMatcher;
import com.careerbot.nlu.PhraseMatcher.Match;
import com.careerbot.nlu.TextNormalizer;
import com.careerbot.sheet.InvalidSheetException;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Phrases;
import com.careerbot.sheet.Scope;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.SheetItem;
import com.careerbot.sheet.UncoveredTopic;

/**
 * The phrasings of the sheet and its scope, ready to be found in messages: which sheet facts a message asks for
 * (items, or a section as a whole), which uncovered topics, which jobs it names, whether it is an off-topic request.
 * One matcher for all, so that a message is read once. Thread-safe.
 */
final class Phrasebook {

    private static final String FACT = "fact:";
    private static final String GAP = "gap:";
    private static final String OTHER_JOB = "other-job";
    private static final String THIS_JOB = "this-job";
    private static final String OFF_TOPIC = "off-topic";

    /**
     * What a message holds.
     *
     * @param facts        item references ({@code myths.maths-genius}) and section ids ({@code skills-technical}),
     *                     most specific first
     * @param gaps         ids of the scope's uncovered topics, most specific first
     * @param otherJob     where another job is named, if it is
     * @param namesThisJob whether the message names this job
     * @param offTopic     whether it is a request out of scope whatever else it mentions
     */
    record Found(List<Match> facts, List<Match> gaps, Match otherJob, boolean namesThisJob, boolean offTopic) {
    }

    private final PhraseMatcher matcher;

    private Phrasebook(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @param vocabulary per language, words people write: with the sheet's own words, never taken for typos
     * @throws InvalidSheetException when a phrasing has no word left once normalised, naming where it is
     */
    static Phrasebook of(JobSheet sheet, Scope scope, Function<Language, Set<String>> vocabulary) {
        List<String> problems = new ArrayList<>();
        PhraseMatcher.Builder matcher = PhraseMatcher.builder();
        for (Language language : Language.values()) {
            matcher.knownWords(language, vocabulary.apply(language)).knownWords(language, words(sheet, language));
        }
        for (Section section : sheet.sections()) {
            add(matcher, FACT + section.id(), section.ask(), "job sheet, section '" + section.id() + "', ask", problems);
            for (SheetItem item : section.items()) {
                add(matcher, FACT + section.reference(item), item.ask(), "job sheet, section '" + section.id()
                        + "', items[" + item.id() + "].ask", problems);
            }
        }
        for (UncoveredTopic topic : scope.uncovered()) {
            add(matcher, GAP + topic.id(), topic.ask(), "scope, uncovered '" + topic.id() + "', ask", problems);
        }
        // Job names and requests mean what all their words say, small ones included ("in front of" is no job).
        addExact(matcher, OTHER_JOB, scope.otherJobs(), "scope, otherJobs", problems);
        add(matcher, THIS_JOB, scope.sameJob(), "scope, sameJob", problems);
        addExact(matcher, OFF_TOPIC, scope.offTopic(), "scope, offTopic", problems);
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(String.join(System.lineSeparator(), problems));
        }
        return new Phrasebook(matcher.build());
    }

    /** @param normalized a message in normal form */
    Found find(String normalized, Language language) {
        List<Match> facts = new ArrayList<>();
        List<Match> gaps = new ArrayList<>();
        Match otherJob = null;
        boolean namesThisJob = false;
        boolean offTopic = false;
        for (Match match : matcher.find(normalized, language)) {
            String target = match.target();
            if (target.startsWith(FACT)) {
                facts.add(withTarget(match, target.substring(FACT.length())));
            } else if (target.startsWith(GAP)) {
                gaps.add(withTarget(match, target.substring(GAP.length())));
            } else if (target.equals(OTHER_JOB)) {
                otherJob = match;
            } else {
                namesThisJob |= target.equals(THIS_JOB);
                offTopic |= target.equals(OFF_TOPIC);
            }
        }
        return new Found(facts, gaps, otherJob, namesThisJob, offTopic);
    }

    private static Match withTarget(Match match, String target) {
        return new Match(target, match.words(), match.start(), match.end());
    }

    private static void add(PhraseMatcher.Builder matcher, String target, Phrases phrases, String where,
                            List<String> problems) {
        add(phrases, where, problems, (language, phrasing) -> matcher.add(target, language, phrasing));
    }

    private static void addExact(PhraseMatcher.Builder matcher, String target, Phrases phrases, String where,
                                 List<String> problems) {
        add(phrases, where, problems, (language, phrasing) -> matcher.addExact(target, language, phrasing));
    }

    private static void add(Phrases phrases, String where, List<String> problems,
                            BiConsumer<Language, String> adding) {
        for (Language language : Language.values()) {
            List<String> list = phrases.in(language);
            for (int i = 0; i < list.size(); i++) {
                try {
                    adding.accept(language, list.get(i));
                } catch (IllegalArgumentException e) {
                    problems.add(where + "." + language.code() + "[" + i + "]: " + e.getMessage());
                }
            }
        }
    }

    /** The words of the sheet's texts in one language, normalised. */
    private static Set<String> words(JobSheet sheet, Language language) {
        return sheet.sections().stream()
                .flatMap(section -> Stream.concat(Stream.concat(Stream.of(section.title()), section.paragraphs().stream()),
                        section.items().stream().flatMap(item -> Stream.of(item.label(), item.text()))))
                .filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(TextNormalizer.tokens(TextNormalizer.normalize(text.in(language)))))
                .collect(Collectors.toSet());
    }
}
