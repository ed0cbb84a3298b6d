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
 * The intent classifier's report card: k-fold cross-validation on {@code intents/}, or training on all of
 * {@code intents/} and testing on a held-out TSV file ({@code lang}, {@code expected}, {@code text} columns and a
 * header line), language detection included. Prints accuracy, per-intent precision, recall and F1 (OpenNLP's
 * fine-grained report), the most frequent confusions, and for a TSV how well the confidence threshold keeps
 * out-of-scope messages out ({@link Rejection}). Run through {@code com.careerbot.conversation.EvaluationCommand}.
 */
public final class NluEvaluation {

    public static final int FOLDS = 10;
    private static final int CONFUSIONS_SHOWN = 10;

    private final NluProperties properties;
    private final PrintStream out;
    private TrainingCorpus corpus;
    private MessageUnderstanding understanding;

    public NluEvaluation(NluProperties properties, PrintStream out) {
        this.properties = properties;
        this.out = out;
    }

    public void crossValidate(int folds) throws IOException {
        out.printf("%d-fold cross-validation on %s%n", folds, properties.intents());
        for (Language language : Language.values()) {
            List<DocumentSample> samples = corpus().examples(language).stream().map(IntentClassifier::sample).toList();
            Report report = new Report();
            DoccatCrossValidator validator = new DoccatCrossValidator(language.code(),
                    IntentClassifier.trainingParameters(properties), IntentClassifier.factory(), report.listeners());
            validator.evaluate(new CollectionObjectStream<>(samples), folds);
            out.printf("%n== %s: accuracy %.1f %% over %d examples%n", language.code(),
                    100 * validator.getDocumentAccuracy(), validator.getDocumentCount());
            report.print(out);
        }
    }

    public void testOn(String name, List<IntentExample> tests) throws IOException {
        out.printf("%n== Trained on %s, tested on %s (%d messages)%n", properties.intents(), name, tests.size());
        int detectedRight = 0;
        int detectedWrong = 0;
        int endToEndRight = 0;
        for (IntentExample test : tests) {
            // The engine falls back on the chat's language; a test line has no chat, so the line's language stands in.
            Understanding understood = understanding().understand(test.text(), test.language());
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
            List<IntentExample> ofLanguage = tests.stream().filter(test -> test.language() == language).toList();
            if (ofLanguage.isEmpty()) {
                continue;
            }
            Report report = new Report();
            DocumentCategorizerEvaluator evaluator = new DocumentCategorizerEvaluator(
                    new DocumentCategorizerME(IntentClassifier.train(corpus().examples(language), language, properties)),
                    report.listeners());
            evaluator.evaluate(new CollectionObjectStream<>(ofLanguage.stream().map(IntentClassifier::sample).toList()));
            out.printf("%n== %s: accuracy %.1f %% over %d messages%n", language.code(),
                    100 * evaluator.getAccuracy(), ofLanguage.size());
            List<Rejection.Verdict> verdicts = verdicts(ofLanguage, language);
            Rejection configured = Rejection.at(properties.confidenceThreshold().in(language), verdicts, language,
                    properties);
            Rejection chosen = Rejection.choose(verdicts, language, properties);
            out.printf(Locale.ROOT, "Out-of-scope recall %.1f %% (%d messages), in-scope false rejection %.1f %% (%d) "
                            + "at the configured threshold %.2f; the best threshold here with at most %.0f %% false "
                            + "rejection: %.2f (recall %.1f %%, false rejection %.1f %%)%n",
                    100 * configured.outOfScopeRecall(), configured.outOfScope(), 100 * configured.falseRejection(),
                    configured.inScope(), configured.threshold(), 100 * Rejection.MAX_FALSE_REJECTION,
                    chosen.threshold(), 100 * chosen.outOfScopeRecall(), 100 * chosen.falseRejection());
            report.print(out);
        }
    }

    /** The confidence threshold of each language that these held-out messages call for (see {@link Rejection}). */
    public Map<Language, Rejection> chooseThresholds(List<IntentExample> tests) {
        Map<Language, Rejection> chosen = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<IntentExample> ofLanguage = tests.stream().filter(test -> test.language() == language).toList();
            chosen.put(language, Rejection.choose(verdicts(ofLanguage, language), language, properties));
        }
        return chosen;
    }

    /** The rejection figures of each language at the configured thresholds. */
    public Map<Language, Rejection> rejection(List<IntentExample> tests) {
        Map<Language, Rejection> figures = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<IntentExample> ofLanguage = tests.stream().filter(test -> test.language() == language).toList();
            figures.put(language, Rejection.at(properties.confidenceThreshold().in(language),
                    verdicts(ofLanguage, language), language, properties));
        }
        return figures;
    }

    private List<Rejection.Verdict> verdicts(List<IntentExample> tests, Language language) {
        return tests.stream().map(test -> new Rejection.Verdict(test.intent(),
                understanding().understandIn(test.text(), language).classification())).toList();
    }

    private TrainingCorpus corpus() {
        if (corpus == null) {
            corpus = TrainingCorpus.load(properties.intents());
        }
        return corpus;
    }

    private MessageUnderstanding understanding() {
        if (understanding == null) {
            understanding = MessageUnderstanding.trainedOn(corpus(), properties);
        }
        return understanding;
    }

    public static List<IntentExample> readTsv(Path file) {
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
