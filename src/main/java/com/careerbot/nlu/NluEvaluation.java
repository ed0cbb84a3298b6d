package com.careerbot.nlu;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careerbot.sheet.Language;
import opennlp.tools.cmdline.doccat.DoccatFineGrainedReportListener;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatEvaluationMonitor;
import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;

/**
 * The classifier's report card, like {@code rasa test nlu}: with no argument, k-fold cross-validation on
 * {@code intents/}; with a TSV file ({@code lang}, {@code expected}, {@code text} columns and a header line), training
 * on all of {@code intents/} and testing on the file, language detection included. Prints accuracy, per-intent
 * precision, recall and F1 (OpenNLP's fine-grained report) and the most frequent confusions.
 *
 * <p>Run: {@code mvn -q compile exec:java@evaluate} or {@code mvn -q compile exec:java@evaluate -Dtsv=<file>}.
 */
public final class NluEvaluation {

    private static final int FOLDS = 10;
    private static final int CONFUSIONS_SHOWN = 10;

    private final NluProperties properties;
    private final PrintStream out;

    NluEvaluation(NluProperties properties, PrintStream out) {
        this.properties = properties;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        NluProperties defaults = NluProperties.defaults();
        NluProperties properties = new NluProperties(System.getProperty("intents", "file:intents/"),
                defaults.confidenceThreshold(), defaults.ambiguityMargin(), defaults.languageConfidence(),
                defaults.iterations(), defaults.cutoff());
        NluEvaluation evaluation = new NluEvaluation(properties, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        String tsv = args.length > 0 ? args[0] : System.getProperty("tsv", "");
        if (tsv.isBlank()) {
            evaluation.crossValidate(TrainingCorpus.load(properties.intents()), FOLDS);
        } else {
            evaluation.testOn(TrainingCorpus.load(properties.intents()), readTsv(Path.of(tsv)));
        }
    }

    void crossValidate(TrainingCorpus corpus, int folds) throws IOException {
        out.printf("%d-fold cross-validation on %s%n", folds, properties.intents());
        for (Language language : Language.values()) {
            List<DocumentSample> samples = corpus.examples(language).stream().map(IntentClassifier::sample).toList();
            Report report = new Report();
            DoccatCrossValidator validator = new DoccatCrossValidator(language.code(),
                    IntentClassifier.trainingParameters(properties), IntentClassifier.factory(), report.listeners());
            validator.evaluate(new CollectionObjectStream<>(samples), folds);
            out.printf("%n== %s: accuracy %.1f %% over %d examples%n", language.code(),
                    100 * validator.getDocumentAccuracy(), validator.getDocumentCount());
            report.print(out);
        }
    }

    void testOn(TrainingCorpus corpus, List<IntentExample> tests) throws IOException {
        out.printf("Trained on %s, tested on %d messages%n", properties.intents(), tests.size());
        MessageUnderstanding understanding = MessageUnderstanding.trainedOn(corpus, properties);
        int detectedRight = 0;
        int detectedWrong = 0;
        int endToEndRight = 0;
        for (IntentExample test : tests) {
            // The engine falls back on the chat's language; a test line has no chat, so the line's language stands in.
            Understanding understood = understanding.understand(test.text(), test.language());
            if (understood.languageDetected()) {
                if (understood.language() == test.language()) {
                    detectedRight++;
                } else {
                    detectedWrong++;
                }
            }
            if (understood.classification().intent() == test.intent()) {
                endToEndRight++;
            }
        }
        out.printf("Language detection: %.1f %% right, %.1f %% wrong, %.1f %% undecided (fall back on the chat)%n",
                percent(detectedRight, tests.size()), percent(detectedWrong, tests.size()),
                percent(tests.size() - detectedRight - detectedWrong, tests.size()));
        out.printf("Intent accuracy with detected language: %.1f %%%n", percent(endToEndRight, tests.size()));
        for (Language language : Language.values()) {
            List<DocumentSample> samples = tests.stream().filter(test -> test.language() == language)
                    .map(IntentClassifier::sample).toList();
            if (samples.isEmpty()) {
                continue;
            }
            Report report = new Report();
            DocumentCategorizerEvaluator evaluator = new DocumentCategorizerEvaluator(
                    new DocumentCategorizerME(IntentClassifier.train(corpus.examples(language), language, properties)),
                    report.listeners());
            evaluator.evaluate(new CollectionObjectStream<>(samples));
            out.printf("%n== %s: accuracy %.1f %% over %d messages%n", language.code(),
                    100 * evaluator.getAccuracy(), samples.size());
            report.print(out);
        }
    }

    static List<IntentExample> readTsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals("lang\texpected\ttext")) {
                throw new IllegalArgumentException(file + ":1: the header must be 'lang<TAB>expected<TAB>text'");
            }
            List<IntentExample> tests = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] columns = lines.get(i).split("\t", -1);
                int line = i + 1;
                if (columns.length != 3) {
                    throw new IllegalArgumentException(file + ":" + line + ": expected 3 tab-separated columns");
                }
                Language language = Language.fromCode(columns[0]).orElseThrow(() -> new IllegalArgumentException(
                        file + ":" + line + ": unknown language '" + columns[0] + "'"));
                Intent intent = Intent.fromWireName(columns[1].strip()).orElseThrow(() -> new IllegalArgumentException(
                        file + ":" + line + ": unknown intent '" + columns[1] + "'"));
                tests.add(new IntentExample(language, intent, columns[2], file.toString(), line));
            }
            return tests;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static double percent(int count, int total) {
        return total == 0 ? 0 : 100.0 * count / total;
    }

    /** OpenNLP's fine-grained report, plus the pairs of intents most often mistaken for one another. */
    private static final class Report {

        private final java.io.ByteArrayOutputStream detail = new java.io.ByteArrayOutputStream();
        private final DoccatFineGrainedReportListener fineGrained = new DoccatFineGrainedReportListener(detail);
        private final Map<String, Integer> confusions = new HashMap<>();

        DoccatEvaluationMonitor[] listeners() {
            DoccatEvaluationMonitor confusionCounter = new DoccatEvaluationMonitor() {
                @Override
                public void misclassified(DocumentSample reference, DocumentSample prediction) {
                    confusions.merge(reference.getCategory() + " -> " + prediction.getCategory(), 1, Integer::sum);
                }

                @Override
                public void correctlyClassified(DocumentSample reference, DocumentSample prediction) {
                    // Only mistakes are counted here; the fine-grained report counts the rest.
                }
            };
            return new DoccatEvaluationMonitor[] {fineGrained, confusionCounter};
        }

        void print(PrintStream out) {
            fineGrained.writeReport();
            out.print(detail.toString(StandardCharsets.UTF_8));
            out.println("Most frequent confusions (expected -> predicted):");
            confusions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CONFUSIONS_SHOWN)
                    .forEach(entry -> out.printf(Locale.ROOT, "  %3d  %s%n", entry.getValue(), entry.getKey()));
        }
    }
}
