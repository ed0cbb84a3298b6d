package com.careerbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.careerbot.sheet.Language;
import opennlp.tools.doccat.DoccatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The trained models, built with the app ({@code mvn package} runs {@link #main}) so that startup loads them in
 * milliseconds instead of training for a second or two. They carry a fingerprint of the intent files and training
 * settings they were trained on: when {@code intents/} has changed since, startup trains afresh.
 */
public final class TrainedModels {

    private static final Logger log = LoggerFactory.getLogger(TrainedModels.class);

    static final String RESOURCE = "nlu/trained-models.bin";
    private static final int FORMAT = 3;
    /** Far above a model's size (a few megabytes): a larger length can only come from a damaged file. */
    private static final int MAX_BLOCK = 256 * 1024 * 1024;

    /**
     * @param vocabulary per language, the words people wrote more than once in the examples: real words, which the
     *                   phrase matcher does not take for a typo of another word ("salarié" is not "salaire")
     */
    record Models(Map<Language, DoccatModel> intents, LanguageDetectorModel languages,
                  Map<Language, Set<String>> vocabulary) {
    }

    /** Words a typo seldom makes twice: seen at least this many times in the examples, a word is taken as real. */
    private static final int REAL_WORD_OCCURRENCES = 2;

    private TrainedModels() {
    }

    /** Builds the models shipped in the jar: {@code args[0]} the intents folder, {@code args[1]} the output file. */
    public static void main(String[] args) throws IOException {
        NluProperties properties = NluProperties.defaults().withIntents(args[0]);
        IntentFiles files = IntentFiles.read(properties.intents());
        TrainingCorpus corpus = TrainingCorpus.parse(files);
        Path output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            save(train(corpus, properties), fingerprint(files, properties), out);
        }
    }

    /** Trains the two intent models and the language detector in parallel. */
    static Models train(TrainingCorpus corpus, NluProperties properties) {
        CompletableFuture<LanguageDetectorModel> languages =
                CompletableFuture.supplyAsync(() -> LanguageIdentifier.trainModel(corpus, properties));
        CompletableFuture<DoccatModel> english = CompletableFuture.supplyAsync(
                () -> IntentClassifier.train(corpus.examples(Language.EN), Language.EN, properties));
        Map<Language, DoccatModel> intents = new EnumMap<>(Language.class);
        intents.put(Language.FR, IntentClassifier.train(corpus.examples(Language.FR), Language.FR, properties));
        intents.put(Language.EN, english.join());
        return new Models(intents, languages.join(), vocabulary(corpus));
    }

    static Map<Language, Set<String>> vocabulary(TrainingCorpus corpus) {
        Map<Language, Set<String>> vocabulary = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Integer> counts = new HashMap<>();
            corpus.examples(language).forEach(example -> Arrays.stream(
                    TextNormalizer.tokens(TextNormalizer.normalize(example.text())))
                    .forEach(word -> counts.merge(word, 1, Integer::sum)));
            vocabulary.put(language, counts.entrySet().stream()
                    .filter(entry -> entry.getValue() >= REAL_WORD_OCCURRENCES).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return vocabulary;
    }

    /** The models of the jar, if they were trained on exactly these examples and settings and can be read. */
    static Optional<Models> prebuilt(String fingerprint) {
        try (InputStream in = TrainedModels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : load(in, fingerprint);
        } catch (IOException | RuntimeException damaged) {
            log.warn("The models built with the app ({}) cannot be read, training them instead: {}", RESOURCE,
                    damaged.toString());
            return Optional.empty();
        }
    }

    /**
     * Taken from the files as they are, not from the examples parsed out of them, so that startup can tell whether
     * the models built with the app fit without parsing the files again. The build only writes models for files that
     * passed {@link TrainingCorpus}'s validation, so a match also means the files are valid, as long as the rules
     * have not changed since: the intents and languages are part of the fingerprint, and a change to the validation
     * itself calls for a new {@link #FORMAT}.
     */
    static String fingerprint(IntentFiles files, NluProperties properties) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + FORMAT + " iterations " + properties.iterations() + " cutoff "
                    + properties.cutoff() + " intents " + Arrays.toString(Intent.values()) + " languages "
                    + Arrays.toString(Language.values())).getBytes(StandardCharsets.UTF_8));
            files.digestInto(digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static void save(Models models, String fingerprint, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(fingerprint);
        for (Language language : Language.values()) {
            writeBlock(data, bytes(models.intents().get(language)::serialize));
        }
        writeBlock(data, bytes(models.languages()::serialize));
        for (Language language : Language.values()) {
            writeBlock(data, String.join("\n", new TreeSet<>(models.vocabulary().get(language)))
                    .getBytes(StandardCharsets.UTF_8));
        }
        data.flush();
    }

    static Optional<Models> load(InputStream in, String fingerprint) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!data.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        // The models name their feature generators and factories: IntentClassifier allows their package on first use.
        IntentClassifier.factory();
        Map<Language, DoccatModel> intents = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            intents.put(language, new DoccatModel(new ByteArrayInputStream(readBlock(data))));
        }
        LanguageDetectorModel languages = new LanguageDetectorModel(new ByteArrayInputStream(readBlock(data)));
        Map<Language, Set<String>> vocabulary = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            vocabulary.put(language, Set.of(new String(readBlock(data), StandardCharsets.UTF_8).split("\n")));
        }
        return Optional.of(new Models(intents, languages, vocabulary));
    }

    private interface Serializer {
        void serialize(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Serializer model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    private static void writeBlock(DataOutputStream data, byte[] block) throws IOException {
        data.writeInt(block.length);
        data.write(block);
    }

    private static byte[] readBlock(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > MAX_BLOCK) {
            throw new IOException("Damaged model file: a block of " + length + " bytes");
        }
        byte[] block = new byte[length];
        data.readFully(block);
        return block;
    }
}
