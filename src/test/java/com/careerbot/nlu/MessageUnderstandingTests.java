package com.careerbot.nlu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The trained pipeline as the bot uses it: language detection, then the intent model of that language. */
class MessageUnderstandingTests {

    private static MessageUnderstanding understanding;
    private static List<IntentExample> freshPhrasings;
    private static List<IntentExample> heldOut;

    @BeforeAll
    static void train() throws IOException {
        understanding = MessageUnderstanding.load(NluProperties.defaults());
        freshPhrasings = NluEvaluation.readTsv(new ClassPathResource("nlu/fresh-phrasings.tsv").getFile().toPath());
        heldOut = NluEvaluation.readTsv(new ClassPathResource("nlu/held-out.tsv").getFile().toPath());
    }

    @ParameterizedTest
    @CsvSource({
            "salaire junior, FR", "quelles études, FR", "merci beaucoup, FR", "c’est quoi le métier, FR",
            "pay junior, EN", "which studies, EN", "thanks a lot, EN", "what skills, EN",
            "salaire 2500 euros ?, FR", "salary after 5 years, EN"})
    void detectsTheLanguageOfShortMessages(String message, Language expected) {
        Understanding understood = understanding.understand(message, other(expected));

        assertThat(understood.languageDetected()).as(message).isTrue();
        assertThat(understood.language()).as(message).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "backend", "?!", "2500", "35 000"})
    void leavesNeutralMessagesToTheChatLanguage(String message) {
        for (Language chat : Language.values()) {
            Understanding understood = understanding.understand(message, chat);

            assertThat(understood.languageDetected()).as(message).isFalse();
            assertThat(understood.language()).as(message).isEqualTo(chat);
        }
    }

    @Test
    void detectsTheLanguageOfFreshPhrasings() {
        // Measured 95.6 % right, 0.3 % wrong (2026-12-03). A wrong language is worse than an undecided one (the
        // chat's language applies), so it gets a tight ceiling.
        assertDetection(freshPhrasings, 92.5, 1.0);
    }

    @Test
    void detectsTheLanguageOfHeldOutMessages() {
        // Measured 93.6 % right, 0.2 % wrong (2026-12-03).
        assertDetection(heldOut, 90.5, 1.0);
    }

    @Test
    void classifiesFreshPhrasings() {
        Accuracy accuracy = accuracy(freshPhrasings);

        // Measured 95.3 % (2026-12-03); the floor sits about 4 points below.
        assertThat(accuracy.percent()).as(accuracy::describe).isGreaterThanOrEqualTo(91.5);
    }

    /** Written before the 2026-12 tuning by someone who never saw intents/, and never trained on. */
    @Test
    void classifiesHeldOutMessages() {
        Accuracy accuracy = accuracy(heldOut);

        // Measured 95.0 % (2026-12-03); the floor sits about 3 points below.
        assertThat(accuracy.percent()).as(accuracy::describe).isGreaterThanOrEqualTo(92.0);
    }

    /**
     * A few TSV lines are, once normalised, also lines of {@code intents/}: those say little about new wordings, so
     * the lines the models never saw get their own floor.
     */
    @Test
    void classifiesFreshPhrasingsAbsentFromTheTrainingExamples() {
        Set<String> trained = TrainingCorpus.load("classpath:intents/").examples().stream()
                .map(example -> example.language() + " " + TextNormalizer.normalize(example.text()))
                .collect(Collectors.toSet());
        List<IntentExample> unseen = freshPhrasings.stream()
                .filter(test -> !trained.contains(test.language() + " " + TextNormalizer.normalize(test.text())))
                .toList();

        Accuracy accuracy = accuracy(unseen);

        assertThat(unseen).hasSizeGreaterThan(300);
        // Measured 95.2 % on the 335 lines the models never saw (2026-12-03); the floor sits about 4 points below.
        assertThat(accuracy.percent()).as(accuracy::describe).isGreaterThanOrEqualTo(91.0);
    }

    @ParameterizedTest
    @CsvSource({"salaite dev back, FR", "combein on gagne, FR",
            "how much does a backend dev ern, EN", "salery of a junior, EN"})
    void classifiesMisspelledSalaryQuestions(String message, Language language) {
        assertThat(understanding.understand(message, language).classification().intent()).as(message)
                .isEqualTo(Intent.SALARY);
    }

    @ParameterizedTest
    @CsvSource({
            "combien gagne un dev backend ?, SALARY", "quelles études pour devenir dev back, STUDIES",
            "c’est quoi les idées reçues sur ce métier, MYTHS", "bonjour, GREETING", "merci beaucoup, THANKS",
            "how much does a backend developer earn, SALARY", "what should i study to become a backend dev, STUDIES",
            "what does a backend developer do all day, MISSIONS", "hello there, GREETING", "bye, GOODBYE"})
    void classifiesTypicalQuestions(String message, Intent expected) {
        Classification classification = understanding.understand(message, Language.FR).classification();

        assertThat(classification.intent()).as(message).isEqualTo(expected);
        assertThat(classification.ranking()).hasSize(Intent.values().length);
        assertThat(classification.ranking().stream().mapToDouble(IntentScore::confidence).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void classifiesInTheGivenLanguageWithoutDetecting() {
        Understanding understood = understanding.understandIn("salary junior", Language.FR);

        assertThat(understood.language()).isEqualTo(Language.FR);
        assertThat(understood.languageDetected()).isFalse();
        assertThat(understood.normalized()).isEqualTo("salary junior");
    }

    private static Accuracy accuracy(List<IntentExample> tests) {
        List<String> mistakes = new ArrayList<>();
        for (IntentExample test : tests) {
            // The chat's language stands in when the text does not tell, as in the engine.
            Intent found = understanding.understand(test.text(), test.language()).classification().intent();
            if (found != test.intent()) {
                mistakes.add(test.where() + " '" + test.text() + "' -> " + found.wireName());
            }
        }
        return new Accuracy(100.0 * (tests.size() - mistakes.size()) / tests.size(), mistakes);
    }

    private static void assertDetection(List<IntentExample> tests, double minRight, double maxWrong) {
        int right = 0;
        int wrong = 0;
        for (IntentExample test : tests) {
            Understanding understood = understanding.understand(test.text(), other(test.language()));
            if (understood.languageDetected()) {
                if (understood.language() == test.language()) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        assertThat(100.0 * right / tests.size()).isGreaterThanOrEqualTo(minRight);
        assertThat(100.0 * wrong / tests.size()).isLessThanOrEqualTo(maxWrong);
    }

    private static Language other(Language language) {
        return language == Language.FR ? Language.EN : Language.FR;
    }
}
