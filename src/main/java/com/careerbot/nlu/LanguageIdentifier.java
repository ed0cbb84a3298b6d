package com.careerbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.careerbot.sheet.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;

/**
 * Tells French from English with an OpenNLP language detector trained on the intent examples themselves: character
 * n-grams of chatbot-style messages work on two-word messages, where general-purpose detectors trained on long
 * texts guess. The model is asked directly ({@link LanguageNgrams} gives its features): OpenNLP's detector would
 * count the features into a map again and rank every language to return the first.
 */
public final class LanguageIdentifier {

    private final MaxentModel model;
    private final double minimumConfidence;

    LanguageIdentifier(LanguageDetectorModel model, double minimumConfidence) {
        this.model = model.getMaxentModel();
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
                    IntentClassifier.trainingParameters(properties), new LanguageNgrams());
        } catch (IOException e) {
            throw new UncheckedIOException("Training the language detector failed", e);
        }
    }

    /** @return the language of a normalised text, or empty when the text does not tell (too short, mixed, neutral) */
    public Optional<Language> identify(String normalized) {
        String[] ngrams = LanguageNgrams.of(normalized);
        if (ngrams.length == 0) {
            return Optional.empty();
        }
        double[] probabilities = model.eval(ngrams);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return probabilities[best] >= minimumConfidence ? Language.fromCode(model.getOutcome(best)) : Optional.empty();
    }
}
