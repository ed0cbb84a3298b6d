package com.careerbot.nlu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.careerbot.sheet.Language;

/**
 * The training examples of {@code intents/}: one file per language and intent ({@code intents/fr/salary.txt}), one
 * example per line, {@code #} comments and blank lines ignored. Loading validates the folder and reports every
 * problem at once, naming the file and line.
 */
public final class TrainingCorpus {

    private final List<IntentExample> examples;

    TrainingCorpus(List<IntentExample> examples) {
        this.examples = List.copyOf(examples);
    }

    public List<IntentExample> examples() {
        return examples;
    }

    public List<IntentExample> examples(Language language) {
        return examples.stream().filter(example -> example.language() == language).toList();
    }

    /**
     * @param location the folder holding one sub-folder per language, e.g. {@code classpath:intents/} or
     *                 {@code file:intents/}
     * @throws InvalidIntentsException when a file is missing, unknown, empty, or an example belongs to two intents
     */
    public static TrainingCorpus load(String location) {
        return parse(IntentFiles.read(location));
    }

    /** @throws InvalidIntentsException as {@link #load} */
    static TrainingCorpus parse(IntentFiles files) {
        List<String> problems = new ArrayList<>();
        List<IntentExample> examples = new ArrayList<>();
        Map<String, byte[]> unread = new HashMap<>(files.contents());
        for (Language language : Language.values()) {
            for (Intent intent : Intent.values()) {
                String name = language.code() + "/" + intent.wireName() + ".txt";
                byte[] file = unread.remove(name);
                if (file == null) {
                    problems.add("intents/" + name + ": missing (every intent needs examples in every language)");
                    continue;
                }
                List<IntentExample> read = read(file, "intents/" + name, language, intent, problems);
                if (read.isEmpty()) {
                    problems.add("intents/" + name + ": has no example");
                }
                examples.addAll(read);
            }
        }
        unread.keySet().stream().sorted().forEach(unknown -> problems.add("intents/" + unknown
                + ": unknown language or intent (intents: "
                + Arrays.stream(Intent.values()).map(Intent::wireName).collect(Collectors.joining(", ")) + ")"));
        problems.addAll(conflicts(examples));
        if (!problems.isEmpty()) {
            throw new InvalidIntentsException(String.join(System.lineSeparator(), problems));
        }
        return new TrainingCorpus(examples);
    }

    private static List<IntentExample> read(byte[] file, String name, Language language, Intent intent,
                                            List<String> problems) {
        List<IntentExample> examples = new ArrayList<>();
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String text = lines.get(index).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (TextNormalizer.normalize(text).isEmpty()) {
                problems.add(name + ":" + lineNumber + ": '" + text + "' has no word left once normalised");
                continue;
            }
            examples.add(new IntentExample(language, intent, text, name, lineNumber));
        }
        return examples;
    }

    /** The same normalised example under two intents of one language would teach the classifier nothing but noise. */
    private static List<String> conflicts(List<IntentExample> examples) {
        Map<String, IntentExample> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        examples.stream()
                .sorted(Comparator.comparing(IntentExample::file).thenComparingInt(IntentExample::line))
                .forEach(example -> {
                    String key = example.language() + " " + TextNormalizer.normalize(example.text());
                    Optional<IntentExample> earlier = Optional.ofNullable(seen.putIfAbsent(key, example));
                    earlier.filter(first -> first.intent() != example.intent()).ifPresent(first -> problems.add(
                            example.where() + ": '" + example.text() + "' is also an example of "
                                    + first.intent().wireName() + " (" + first.where() + ")"));
                });
        return problems;
    }
}
