package com.careerbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.careerbot.sheet.Language;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * One OpenNLP maxent document categorizer per language, trained from {@code intents/}. Features: stemmed words, stemmed
 * word pairs and character n-grams. Training is deterministic: same files, same model.
 */
public final class IntentClassifier {

    static {
        // A trained model re-creates its feature generators by class name, and OpenNLP only loads allowed packages.
        ExtensionLoader.registerAllowedPackage(CharNgramFeatureGenerator.class.getPackageName());
    }

    private final Map<Language, DoccatModel> models;

    IntentClassifier(Map<Language, DoccatModel> models) {
        this.models = Map.copyOf(models);
    }

    static DoccatModel train(List<IntentExample> examples, Language language, NluProperties properties) {
        try {
            return DocumentCategorizerME.train(language.code(),
                    new CollectionObjectStream<>(examples.stream().map(IntentClassifier::sample).toList()),
                    trainingParameters(properties), factory());
        } catch (IOException e) {
            throw new UncheckedIOException("Training the " + language + " intent model failed", e);
        }
    }

    /** The words the categorizer sees for a text: normalised, then stemmed in the text's language. */
    public static String[] document(String normalized, Language language) {
        return Stemmer.stem(TextNormalizer.tokens(normalized), language);
    }

    static DocumentSample sample(IntentExample example) {
        return new DocumentSample(example.intent().wireName(),
                document(TextNormalizer.normalize(example.text()), example.language()));
    }

    static DoccatFactory factory() {
        try {
            return new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(), new CharNgramFeatureGenerator()});
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("OpenNLP rejected its own default word-pair settings", e);
        }
    }

    static TrainingParameters trainingParameters(NluProperties properties) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, properties.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    /** Classifies a normalised text written in {@code language}. Thread-safe. */
    public Classification classify(String normalized, Language language) {
        // DocumentCategorizerME is not thread-safe but only wraps the shared model: one per call is cheap.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(models.get(language));
        double[] probabilities = categorizer.categorize(document(normalized, language));
        List<IntentScore> ranking = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranking.add(new IntentScore(Intent.fromWireName(categorizer.getCategory(i)).orElseThrow(), probabilities[i]));
        }
        ranking.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        return new Classification(ranking.get(0).intent(), ranking.get(0).confidence(), ranking);
    }
}
