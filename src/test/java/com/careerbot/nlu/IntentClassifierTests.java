package com.careerbot.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbot.sheet.Language;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classifier quality on a fixed split of {@code intents/}: every 5th example of each file (by position) is held out,
 * the models are trained on the other four fifths. The split never changes, so a drop below the floor means the
 * examples or the features got worse, not that the dice rolled differently.
 */
class IntentClassifierTests {

    private static final NluProperties PROPERTIES = NluProperties.defaults();

    private static final Map<Language, List<IntentExample>> training = new EnumMap<>(Language.class);
    private static final Map<Language, List<IntentExample>> heldOut = new EnumMap<>(Language.class);
    private static final Map<Language, DoccatModel> models = new EnumMap<>(Language.class);

    @BeforeAll
    static void trainOnFourFifths() {
        TrainingCorpus corpus = TrainingCorpus.load("classpath:intents/");
        for (Language language : Language.values()) {
            Map<String, List<IntentExample>> byFile = new LinkedHashMap<>();
            corpus.examples(language).forEach(example ->
                    byFile.computeIfAbsent(example.file(), file -> new ArrayList<>()).add(example));
            List<IntentExample> train = new ArrayList<>();
            List<IntentExample> test = new ArrayList<>();
            byFile.values().forEach(examples -> {
                for (int i = 0; i < examples.size(); i++) {
                    ((i + 1) % 5 == 0 ? test : train).add(examples.get(i));
                }
            });
            training.put(language, train);
            heldOut.put(language, test);
            models.put(language, IntentClassifier.train(train, language, PROPERTIES));
        }
    }

    @Test
    void holdsOutOneFifthOfEveryIntentInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(heldOut.get(language)).extracting(IntentExample::intent).containsAll(List.of(Intent.values()));
            assertThat(heldOut.get(language)).doesNotContainAnyElementsOf(training.get(language));
        }
    }

    @Test
    void classifiesHeldOutFrenchExamples() {
        Accuracy accuracy = accuracy(Language.FR);

        // Measured 72.7 % (141 of 194 held-out examples right); the floor sits about 5 points below.
        assertThat(accuracy.percent()).as(accuracy::describe).isGreaterThanOrEqualTo(67.5);
    }

    @Test
    void classifiesHeldOutEnglishExamples() {
        Accuracy accuracy = accuracy(Language.EN);

        // Measured 74.1 % (146 of 197 held-out examples right); the floor sits about 5 points below.
        assertThat(accuracy.percent()).as(accuracy::describe).isGreaterThanOrEqualTo(69.0);
    }

    @Test
    void trainsTheSameModelTwice() {
        List<String> messages = List.of("combien gagne un dev junior", "quelles etudes faire", "salut",
                "what does a backend developer do", "is it well paid", "bye");
        for (Language language : Language.values()) {
            DoccatModel again = IntentClassifier.train(training.get(language), language, PROPERTIES);
            for (String message : messages) {
                String[] document = IntentClassifier.document(TextNormalizer.normalize(message), language);
                assertThat(new DocumentCategorizerME(again).categorize(document))
                        .as("%s in %s", message, language)
                        .containsExactly(new DocumentCategorizerME(models.get(language)).categorize(document));
            }
        }
    }

    private static Accuracy accuracy(Language language) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(models.get(language));
        List<IntentExample> tests = heldOut.get(language);
        List<String> mistakes = new ArrayList<>();
        for (IntentExample test : tests) {
            String[] document = IntentClassifier.sample(test).getText();
            String predicted = categorizer.getBestCategory(categorizer.categorize(document));
            if (!predicted.equals(test.intent().wireName())) {
                mistakes.add(test.where() + " '" + test.text() + "' -> " + predicted);
            }
        }
        return new Accuracy(100.0 * (tests.size() - mistakes.size()) / tests.size(), mistakes);
    }

}
