package com.careerbot.nlu;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.careerbot.sheet.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Detects a message's language, then classifies it with that language's model. Thread-safe. */
public final class MessageUnderstanding {

    private static final Logger log = LoggerFactory.getLogger(MessageUnderstanding.class);

    private final LanguageIdentifier languages;
    private final IntentClassifier classifier;

    public MessageUnderstanding(LanguageIdentifier languages, IntentClassifier classifier) {
        this.languages = languages;
        this.classifier = classifier;
    }

    /** Trains the language detector and the intent models, in parallel, and logs how long it took. */
    public static MessageUnderstanding train(NluProperties properties) {
        long start = System.nanoTime();
        TrainingCorpus corpus = TrainingCorpus.load(properties.intents());
        CompletableFuture<LanguageIdentifier> languages =
                CompletableFuture.supplyAsync(() -> LanguageIdentifier.train(corpus, properties));
        IntentClassifier classifier = IntentClassifier.train(corpus, properties);
        MessageUnderstanding understanding = new MessageUnderstanding(languages.join(), classifier);
        log.info("Trained the intent models on {} examples from {} in {} ms", corpus.examples().size(),
                properties.intents(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        return understanding;
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
