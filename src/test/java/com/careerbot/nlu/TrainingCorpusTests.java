package com.careerbot.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Validation of an {@code intents/} folder, on a small complete folder made for each test. */
class TrainingCorpusTests {

    @TempDir
    Path dir;

    @BeforeEach
    void writeCompleteFolder() throws IOException {
        for (Language language : Language.values()) {
            for (Intent intent : Intent.values()) {
                write(language.code() + "/" + intent.wireName() + ".txt",
                        "# " + intent.wireName() + " examples",
                        "",
                        "example of " + intent.wireName() + " in " + language.code());
            }
        }
    }

    @Test
    void loadsEveryExampleWithItsFileAndLine() {
        TrainingCorpus corpus = load();

        assertThat(corpus.examples()).hasSize(2 * Intent.values().length);
        assertThat(corpus.examples(Language.FR)).hasSize(Intent.values().length)
                .allMatch(example -> example.language() == Language.FR);
        assertThat(corpus.examples(Language.EN))
                .filteredOn(example -> example.intent() == Intent.SALARY)
                .singleElement()
                .satisfies(example -> {
                    assertThat(example.text()).isEqualTo("example of salary in en");
                    assertThat(example.where()).isEqualTo("intents/en/salary.txt:3");
                });
    }

    @Test
    void rejectsFolderMissingAnIntentFileNamingTheFile() throws IOException {
        Files.delete(dir.resolve("fr/salary.txt"));

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .withMessageContaining("intents/fr/salary.txt: missing")
                .withMessageNotContaining("intents/en/salary.txt");
    }

    @Test
    void rejectsFileNamingNoKnownIntentOrLanguage() throws IOException {
        write("fr/salaire.txt", "combien on gagne");
        write("de/salary.txt", "wie viel verdient man");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .withMessageContaining("intents/fr/salaire.txt: unknown language or intent")
                .withMessageContaining("intents/de/salary.txt: unknown language or intent")
                .withMessageContaining("salary, studies");
    }

    @Test
    void rejectsSameExampleUnderTwoIntentsNamingBothPlaces() throws IOException {
        write("en/salary.txt", "# salary", "how much do they earn");
        write("en/missions.txt", "# missions", "", "How much do they EARN?");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .withMessageContaining("intents/en/salary.txt:2")
                .withMessageContaining("intents/en/missions.txt:3")
                .withMessageContaining("is also an example of");
    }

    @Test
    void acceptsSameExampleInTwoLanguagesOrTwiceUnderOneIntent() throws IOException {
        write("fr/greeting.txt", "hello", "hello !");
        write("en/greeting.txt", "hello");

        assertThat(load().examples()).filteredOn(example -> example.text().startsWith("hello")).hasSize(3);
    }

    @Test
    void rejectsPunctuationOnlyLineNamingFileAndLine() throws IOException {
        write("fr/help.txt", "aide", "à l'aide", "", "?!");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .withMessageContaining("intents/fr/help.txt:4: '?!' has no word left once normalised");
    }

    @Test
    void rejectsFileWithCommentsOnly() throws IOException {
        write("en/thanks.txt", "# thanks", "", "   ");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .withMessageContaining("intents/en/thanks.txt: has no example");
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Files.delete(dir.resolve("fr/salary.txt"));
        write("en/help.txt", "...");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(this::load)
                .satisfies(e -> assertThat(e.getMessage().lines())
                        .anyMatch(line -> line.startsWith("intents/fr/salary.txt: missing"))
                        .anyMatch(line -> line.startsWith("intents/en/help.txt:1:")));
    }

    /** Startup skips validation only for the very files the build validated: any other folder is checked first. */
    @Test
    void startupRejectsAnInvalidFolderRatherThanUsingTheModelsBuiltWithTheApp() throws IOException {
        write("en/salary.txt", "# salary", "how much do they earn");
        write("en/missions.txt", "# missions", "How much do they EARN?");
        NluProperties edited = NluProperties.defaults().withIntents("file:" + dir + "/");

        assertThatExceptionOfType(InvalidIntentsException.class)
                .isThrownBy(() -> MessageUnderstanding.load(edited))
                .withMessageContaining("intents/en/missions.txt:2")
                .withMessageContaining("is also an example of");
    }

    private TrainingCorpus load() {
        return TrainingCorpus.load("file:" + dir + "/");
    }

    private void write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.List.of(lines), StandardCharsets.UTF_8);
    }
}
