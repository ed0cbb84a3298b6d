package com.careerbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Payload;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentExample;
import com.careerbot.nlu.TrainingCorpus;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Localized;
import com.careerbot.sheet.Scope;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.SheetItem;
import com.careerbot.sheet.UncoveredTopic;
import com.careerbot.store.Chat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes "the bot answers from the sheet and only from it" a promise: every fact of the sheet can be reached by
 * some phrasing in each language, every topic the sheet does not cover is recognised, and the French and English
 * texts state the same figures.
 */
class CoverageContractTests {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[ \u00a0\u202f,.]\\d{3})+|\\d+");
    private static final Map<Language, Map<String, Integer>> NUMBER_WORDS = Map.of(
            Language.FR, Map.of("deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "six", 6, "sept", 7, "huit", 8,
                    "neuf", 9, "dix", 10),
            Language.EN, Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
                    "nine", 9, "ten", 10));

    private static Conversation conversation;
    private static JobSheet sheet;
    private static Scope scope;
    /** Per language, every section and item cited in reply to some phrasing. */
    private static final Map<Language, Set<String>> reached = new EnumMap<>(Language.class);

    @BeforeAll
    static void askEverything() {
        conversation = StandardConversation.get().conversation();
        sheet = StandardConversation.get().sheet();
        scope = StandardConversation.get().scope();
        List<IntentExample> examples = TrainingCorpus.load("classpath:intents/").examples();
        for (Language language : Language.values()) {
            Set<String> cited = new HashSet<>();
            List<String> phrasings = new ArrayList<>();
            for (Section section : sheet.sections()) {
                phrasings.addAll(section.ask().in(language));
                section.items().forEach(item -> phrasings.addAll(item.ask().in(language)));
            }
            examples.stream().filter(example -> example.language() == language).map(IntentExample::text)
                    .forEach(phrasings::add);
            phrasings.forEach(phrasing -> cited.addAll(ask(phrasing, language, null).sources()));
            reached.put(language, cited);
        }
    }

    @Test
    void reachesEveryItemOfTheSheetInEachLanguage() {
        for (Language language : Language.values()) {
            for (Section section : sheet.sections()) {
                for (SheetItem item : section.items()) {
                    assertThat(reached.get(language)).as("%s in %s: no phrasing leads to it", section.reference(item),
                            language).containsAnyOf(section.reference(item), section.id());
                }
            }
        }
    }

    /** A fact with phrasings of its own must be the answer to at least one of them, not only shown in its section. */
    @Test
    void answersEveryPhrasedItemWithItselfInEachLanguage() {
        for (Language language : Language.values()) {
            for (Section section : sheet.sections()) {
                for (SheetItem item : section.items().stream().filter(item -> !item.ask().isEmpty()).toList()) {
                    assertThat(item.ask().in(language)).as("%s in %s: none of its phrasings gets it",
                                    section.reference(item), language)
                            .anySatisfy(phrasing -> assertThat(ask(phrasing, language, null).sources())
                                    .contains(section.reference(item)));
                }
            }
        }
    }

    /**
     * Every phrasing of what the sheet does not say is recognised in a plain question about the job: "télétravail,
     * pour un dev backend ?", or for one that only applies to a topic, with the topic named: "salaire bordeaux ?".
     */
    @Test
    void recognisesEveryPhrasingOfWhatTheSheetDoesNotSayInEachLanguage() {
        for (Language language : Language.values()) {
            for (UncoveredTopic uncovered : scope.uncovered()) {
                assertThat(uncovered.ask().in(language)).as("%s in %s", uncovered.id(), language)
                        .allSatisfy(phrasing -> {
                            String question = question(uncovered, phrasing, language);
                            assertThat(ask(question, language, null).uncovered()).as(question)
                                    .contains(uncovered.id());
                        });
            }
        }
    }

    private static String question(UncoveredTopic uncovered, String phrasing, Language language) {
        String asked = phrasing.replace("#", "10");
        if (uncovered.when() == null) {
            return language == Language.FR ? asked + ", pour un dev backend ?" : asked + ", for a backend dev?";
        }
        String topicName = sheet.topic(uncovered.when()).orElseThrow().sections().stream().map(sheet::section)
                .filter(section -> !section.ask().isEmpty()).findFirst().orElseThrow().ask().in(language).get(0);
        return topicName + " " + asked + " ?";
    }

    @Test
    void answersEveryTopicButtonWithTheSheetAndSmallTalkWithoutIt() {
        for (Language language : Language.values()) {
            for (Intent intent : Intent.values()) {
                Outcome outcome = conversation.turn(Chat.start("contract", language, NOW),
                        Inbound.press(ChatId.of("contract", "intent"), new Payload.Ask(intent).encode()), NOW).outcome();

                if (Answers.SMALL_TALK.contains(intent)) {
                    assertThat(outcome.kind()).as("%s in %s", intent, language).isEqualTo(Outcome.Kind.SMALL_TALK);
                    assertThat(outcome.sources()).as("%s in %s", intent, language).isEmpty();
                } else {
                    assertThat(outcome.kind()).as("%s in %s", intent, language).isEqualTo(Outcome.Kind.SECTION);
                    assertThat(outcome.sources()).as("%s in %s", intent, language).isNotEmpty();
                }
            }
        }
    }

    @Test
    void statesTheSameFiguresInFrenchAndEnglish() {
        List<Localized> texts = new ArrayList<>();
        texts.add(sheet.job());
        for (Section section : sheet.sections()) {
            texts.add(section.title());
            texts.addAll(section.paragraphs());
            section.items().forEach(item -> Stream.of(item.label(), item.text()).filter(Objects::nonNull)
                    .forEach(texts::add));
        }
        scope.uncovered().forEach(uncovered -> texts.add(uncovered.subject()));

        assertThat(texts).allSatisfy(text -> assertThat(numbers(text.en(), Language.EN)).as("%s", text)
                .isEqualTo(numbers(text.fr(), Language.FR)));
    }

    @Test
    void readsFiguresWrittenInEitherLanguagesWay() {
        assertThat(numbers("autour de 2 500 € brut, Bac +2 à Bac +5, six dimensions", Language.FR))
                .containsExactly(2, 5, 6, 2500);
        assertThat(numbers("around €2,500 gross, two to five years, six dimensions", Language.EN))
                .containsExactly(2, 5, 6, 2500);
    }

    private static Outcome ask(String phrasing, Language language, Intent lastTopic) {
        Chat chat = Chat.start("contract", language, NOW).withLastIntent(lastTopic);
        return conversation.turn(chat, Inbound.text(ChatId.of("contract", "phrasing"), phrasing)
                .withClientLanguage(Optional.of(language)), NOW).outcome();
    }

    /** The numbers a text states, in digits or in words, sorted. */
    private static List<Integer> numbers(String text, Language language) {
        List<Integer> found = new ArrayList<>();
        Matcher digits = NUMBER.matcher(text);
        while (digits.find()) {
            found.add(Integer.parseInt(digits.group().replaceAll("[^0-9]", "")));
        }
        for (String word : text.toLowerCase(language.locale()).split("[^\\p{L}]+")) {
            Integer value = NUMBER_WORDS.get(language).get(word);
            if (value != null) {
                found.add(value);
            }
        }
        return found.stream().sorted().toList();
    }
}
