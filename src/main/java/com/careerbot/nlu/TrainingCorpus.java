package com.careerbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
        String base = location.endsWith("/") ? location : location + "/";
        List<String> problems = new ArrayList<>();
        List<IntentExample> examples = new ArrayList<>();
        Map<String, Resource> files = findFiles(base);
        for (Language language : Language.values()) {
            for (Intent intent : Intent.values()) {
                String name = language.code() + "/" + intent.wireName() + ".txt";
                Resource file = files.remove(name);
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
        files.keySet().forEach(unknown -> problems.add("intents/" + unknown + ": unknown language or intent (intents: "
                + Arrays.stream(Intent.values()).map(Intent::wireName).collect(Collectors.joining(", ")) + ")"));
        problems.addAll(conflicts(examples));
        if (!problems.isEmpty()) {
            throw new InvalidIntentsException(String.join(System.lineSeparator(), problems));
        }
        return new TrainingCorpus(examples);
    }

    private static Map<String, Resource> findFiles(String base) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + "*/*.txt");
            Map<String, Resource> files = new HashMap<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String[] parts = url.split("/");
                files.put(parts[parts.length - 2] + "/" + parts[parts.length - 1], resource);
            }
            return files;
        } catch (IOException e) {
            throw new InvalidIntentsException("Cannot list the intent files under " + base + ": " + e.getMessage());
        }
    }

    private static List<IntentExample> read(Resource file, String name, Language language, Intent intent,
                                            List<String> problems) {
        List<IntentExample> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (TextNormalizer.normalize(text).isEmpty()) {
                    problems.add(name + ":" + lineNumber + ": '" + text + "' has no word left once normalised");
                    continue;
                }
                examples.add(new IntentExample(language, intent, text, name, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
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
