package com.careerbot.nlu;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.careerbot.sheet.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Detects a message's language, then classifies it with that language's model. Thread-safe. */
public final class MessageUnderstanding {

    private static final Logger log = LoggerFactory.getLogger(MessageUnderstanding.class);

    private final LanguageIdentifier languages;
    private final IntentClassifier classifier;
    private final Map<Language, Set<String>> vocabulary;

    MessageUnderstanding(LanguageIdentifier languages, IntentClassifier classifier,
                         Map<Language, Set<String>> vocabulary) {
        this.languages = languages;
        this.classifier = classifier;
        this.vocabulary = Map.copyOf(vocabulary);
    }

    /**
     * Gets the models: those built with the app when {@code intents/} and the training settings are exactly those
     * they were trained on, otherwise validates {@code intents/} and trains now. Logs which, and how long it took.
     *
     * @throws InvalidIntentsException when {@code intents/} differs from the build's and is not valid
     */
    public static MessageUnderstanding load(NluProperties properties) {
        long start = System.nanoTime();
        IntentFiles files = IntentFiles.read(properties.intents());
        var prebuilt = TrainedModels.prebuilt(TrainedModels.fingerprint(files, properties));
        TrainedModels.Models models = prebuilt
                .orElseGet(() -> TrainedModels.train(TrainingCorpus.parse(files), properties));
        MessageUnderstanding understanding = of(models, properties);
        log.info("Intent models for the {} files of {} {} in {} ms", files.contents().size(), properties.intents(),
                prebuilt.isPresent() ? "loaded as built with the app" : "trained (the files changed since the build)",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return understanding;
    }

    /** Trains on {@code corpus}, whatever the app was built with: for evaluations on part of the examples. */
    static MessageUnderstanding trainedOn(TrainingCorpus corpus, NluProperties properties) {
        return of(TrainedModels.train(corpus, properties), properties);
    }

    private static MessageUnderstanding of(TrainedModels.Models models, NluProperties properties) {
        return new MessageUnderstanding(new LanguageIdentifier(models.languages(), properties.languageConfidence()),
                new IntentClassifier(models.intents()), models.vocabulary());
    }

    /** The words people wrote more than once in the training examples of a language, normalised: real words. */
    public Set<String> vocabulary(Language language) {
        return vocabulary.get(language);
    }

    /**
     * @param fallback the language to assume when the text does not tell (the chat's language, then the client's)
     */
    public Understanding understand(String text, Language fallback) {
        String normalized = TextNormalizer.normalize(text);
        var detected = languages.identify(normalized);
        Language language = detected.orElse(fallback);
        return new Understanding(normalized, language, detected.isPresent(), classifier.classify(normalized, language));
    }

    /** Classifies a text known to be written in {@code language}, without detecting its language. */
    public Understanding understandIn(String text, Language language) {
        String normalized = TextNormalizer.normalize(text);
        return new Understanding(normalized, language, false, classifier.classify(normalized, language));
    }
}
