package com.careerbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The models built with the app: what startup loads instead of training. */
class TrainedModelsTests {

    private static final NluProperties PROPERTIES = NluProperties.defaults();

    private static IntentFiles files;
    private static TrainedModels.Models trained;

    @BeforeAll
    static void train() {
        files = IntentFiles.read(PROPERTIES.intents());
        trained = TrainedModels.train(TrainingCorpus.parse(files), PROPERTIES);
    }

    @Test
    void theBuildShipsModelsTrainedOnTheCurrentFiles() {
        assertThat(TrainedModels.prebuilt(TrainedModels.fingerprint(files, PROPERTIES))).isPresent();
    }

    @Test
    void savedModelsClassifyExactlyLikeFreshlyTrainedOnes() throws IOException {
        String fingerprint = TrainedModels.fingerprint(files, PROPERTIES);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        TrainedModels.save(trained, fingerprint, saved);

        TrainedModels.Models loaded = TrainedModels.load(new ByteArrayInputStream(saved.toByteArray()), fingerprint)
                .orElseThrow();

        IntentClassifier fresh = new IntentClassifier(trained.intents());
        IntentClassifier reloaded = new IntentClassifier(loaded.intents());
        LanguageIdentifier freshLanguages = new LanguageIdentifier(trained.languages(), PROPERTIES.languageConfidence());
        LanguageIdentifier reloadedLanguages =
                new LanguageIdentifier(loaded.languages(), PROPERTIES.languageConfidence());
        for (String message : List.of("combien gagne un dev backend", "what do you study to get there",
                "c koi les idees recues", "is it good for the planet", "salut", "asdfgh")) {
            String normalized = TextNormalizer.normalize(message);
            assertThat(reloadedLanguages.identify(normalized)).as(message).isEqualTo(freshLanguages.identify(normalized));
            for (Language language : Language.values()) {
                assertThat(reloaded.classify(normalized, language)).as(message)
                        .isEqualTo(fresh.classify(normalized, language));
            }
        }
    }

    @Test
    void modelsBuiltFromOtherFilesAreNotUsedEvenAfterACommentIsAdded() throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        TrainedModels.save(trained, TrainedModels.fingerprint(files, PROPERTIES), saved);

        SortedMap<String, byte[]> edited = new TreeMap<>(files.contents());
        edited.put("fr/salary.txt", (new String(edited.get("fr/salary.txt"), StandardCharsets.UTF_8)
                + "\n# a comment, nothing else\n").getBytes(StandardCharsets.UTF_8));
        String editedFingerprint = TrainedModels.fingerprint(new IntentFiles(edited), PROPERTIES);

        assertThat(editedFingerprint).isNotEqualTo(TrainedModels.fingerprint(files, PROPERTIES));
        assertThat(TrainedModels.load(new ByteArrayInputStream(saved.toByteArray()), editedFingerprint)).isEmpty();
    }

    @Test
    void aTruncatedModelFileIsRefusedRatherThanHalfRead() throws IOException {
        String fingerprint = TrainedModels.fingerprint(files, PROPERTIES);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        TrainedModels.save(trained, fingerprint, saved);
        byte[] truncated = java.util.Arrays.copyOf(saved.toByteArray(), saved.size() - 100);

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> TrainedModels.load(new ByteArrayInputStream(truncated), fingerprint));
    }

    @Test
    void otherTrainingSettingsChangeTheFingerprint() {
        NluProperties moreIterations = new NluProperties(PROPERTIES.intents(), PROPERTIES.confidenceThreshold(),
                PROPERTIES.ambiguityMargin(), PROPERTIES.languageConfidence(), PROPERTIES.iterations() + 1,
                PROPERTIES.cutoff());

        assertThat(TrainedModels.fingerprint(files, moreIterations))
                .isNotEqualTo(TrainedModels.fingerprint(files, PROPERTIES));
    }
}
