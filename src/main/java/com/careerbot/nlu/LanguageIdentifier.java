package com.careerbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.careerbot.sheet.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.util.CollectionObjectStream;

/**
 * Tells French from English with an OpenNLP language detector trained on the intent examples themselves: character
 * n-grams of chatbot-style messages work on two-word messages, where general-purpose detectors trained on long
 * texts guess.
 */
public final class LanguageIdentifier {

    private final ThreadSafeLanguageDetectorME detector;
    private final double minimumConfidence;

    LanguageIdentifier(LanguageDetectorModel model, double minimumConfidence) {
        this.detector = new ThreadSafeLanguageDetectorME(model);
        this.minimumConfidence = minimumConfidence;
    }

    static LanguageDetectorModel trainModel(TrainingCorpus corpus, NluProperties properties) {
        try {
            return LanguageDetectorME.train(
                    new CollectionObjectStream<>(corpus.examples().stream()
                            .map(example -> new LanguageSample(
                                    new opennlp.tools.langdetect.Language(example.language().code()),
                                    TextNormalizer.normalize(example.text())))
                            .toList()),
                    IntentClassifier.trainingParameters(properties), new LanguageDetectorFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("Training the language detector failed", e);
        }
    }

    /** @return the language of a normalised text, or empty when the text does not tell (too short, mixed, neutral) */
    public Optional<Language> identify(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        opennlp.tools.langdetect.Language best = detector.predictLanguage(normalized);
        return best.getConfidence() >= minimumConfidence ? Language.fromCode(best.getLang()) : Optional.empty();
    }
}
