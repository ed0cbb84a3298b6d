package com.careerbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- and 4-grams of each word, with word boundaries marked: "salaite" still shares most of its n-grams with
 * "salaire", so typos and unseen inflections keep most of their evidence.
 *
 * <p>Public with a no-argument constructor because an OpenNLP model re-creates its feature generators by class name.
 */
public final class CharNgramFeatureGenerator implements FeatureGenerator {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 4;

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(words.length * 8);
        for (String word : words) {
            String marked = "^" + word + "$";
            for (int n = MIN_LENGTH; n <= MAX_LENGTH; n++) {
                for (int start = 0; start + n <= marked.length(); start++) {
                    features.add("cng=" + marked.substring(start, start + n));
                }
            }
        }
        return features;
    }
}
