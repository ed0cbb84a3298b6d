package com.careerbot.nlu;

import com.careerbot.sheet.Language;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/** Snowball stemming of normalised words, so that "gagne", "gagnes" and "gagner" count as one word. */
final class Stemmer {

    private Stemmer() {
    }

    static String[] stem(String[] words, Language language) {
        // A SnowballStemmer keeps per-word state: one per call keeps this thread-safe at the cost of one small object.
        SnowballStemmer stemmer = new SnowballStemmer(switch (language) {
            case FR -> SnowballStemmer.ALGORITHM.FRENCH;
            case EN -> SnowballStemmer.ALGORITHM.ENGLISH;
        });
        String[] stems = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            stems[i] = stemmer.stem(words[i]).toString();
        }
        return stems;
    }
}
