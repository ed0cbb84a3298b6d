package com.careerbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of an {@code intents/} folder as they are on disk or in the jar, before any parsing: what
 * {@link TrainingCorpus} validates, and what the models built with the app are matched against.
 *
 * @param contents each file's bytes by its name under the folder ({@code fr/salary.txt}), in name order
 */
record IntentFiles(SortedMap<String, byte[]> contents) {

    IntentFiles {
        contents = Collections.unmodifiableSortedMap(new TreeMap<>(contents));
    }

    /**
     * @param location the folder, e.g. {@code classpath:intents/}
     * @throws InvalidIntentsException when the folder cannot be listed or a file read
     */
    static IntentFiles read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        SortedMap<String, byte[]> contents = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(base + "*/*.txt")) {
                String[] parts = resource.getURL().toString().split("/");
                try (InputStream in = resource.getInputStream()) {
                    contents.put(parts[parts.length - 2] + "/" + parts[parts.length - 1], in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new InvalidIntentsException("Cannot read the intent files under " + base + ": " + e.getMessage());
        }
        return new IntentFiles(contents);
    }

    /** Adds every file, name and bytes, to {@code digest}: any edit, even to a comment, changes the result. */
    void digestInto(MessageDigest digest) {
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            String header = "\n" + file.getKey() + "\t" + file.getValue().length + "\n";
            digest.update(header.getBytes(StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
    }
}
