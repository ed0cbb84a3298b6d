package com.careerbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The features the language detector is trained on and asked with. */
class LanguageNgramsTests {

    @Test
    void leavesNumbersOutOfTheFeatures() {
        assertThat(LanguageNgrams.of("salaire 2500 euros")).containsExactly(LanguageNgrams.of("salaire euros"));
    }

    @Test
    void givesEachDistinctNgramOfOneToThreeCharactersOnce() {
        assertThat(LanguageNgrams.of("aa b")).containsExactly("a", "aa", "aa ", "a ", "a b", " ", " b", "b");
    }

    @Test
    void givesNoFeatureForATextOfNumbersAlone() {
        assertThat(LanguageNgrams.of("35 000")).isEmpty();
    }
}
