package com.careerbot.nlu;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

    @Test
    void lowersCaseAndRemovesAccents() {
        assertThat(TextNormalizer.normalize("Combien GAGNE un Développeur Élevé ?"))
                .isEqualTo("combien gagne un developpeur eleve");
        assertThat(TextNormalizer.normalize("Études, CŒUR, où, ça")).isEqualTo("etudes coeur ou ca");
    }

    @Test
    void dropsFrenchElisions() {
        assertThat(TextNormalizer.normalize("l'école")).isEqualTo("ecole");
        assertThat(TextNormalizer.normalize("salaire d'un dev")).isEqualTo("salaire un dev");
        assertThat(TextNormalizer.normalize("qu'est-ce qu'on gagne")).isEqualTo("est ce on gagne");
        assertThat(TextNormalizer.normalize("jusqu'à quel âge, c'est possible ? j'aime")).isEqualTo("a quel age est possible aime");
    }

    @Test
    void treatsTypographicApostrophesLikeAsciiOnes() {
        assertThat(TextNormalizer.normalize("l’école d’ingénieur"))
                .isEqualTo(TextNormalizer.normalize("l'école d'ingénieur"))
                .isEqualTo("ecole ingenieur");
        assertThat(TextNormalizer.normalize("qu‘est-ce que c`est")).isEqualTo("est ce que est");
    }

    @Test
    void keepsWordsThatMerelyContainAnApostrophe() {
        assertThat(TextNormalizer.normalize("aujourd'hui")).isEqualTo("aujourd hui");
        assertThat(TextNormalizer.normalize("what's the pay? don't know")).isEqualTo("what s the pay don t know");
    }

    @Test
    void turnsPunctuationIntoSingleSpaces() {
        assertThat(TextNormalizer.normalize("  salaire?!...   dev-back,\tjunior  ")).isEqualTo("salaire dev back junior");
    }

    @Test
    void cutsLettersRepeatedForEmphasisToTwo() {
        assertThat(TextNormalizer.normalize("merciiii")).isEqualTo("mercii");
        assertThat(TextNormalizer.normalize("Cooool, thaaaanks!!!")).isEqualTo("cool thaanks");
        assertThat(TextNormalizer.normalize("merci")).isEqualTo("merci");
    }

    @Test
    void keepsDigitsAsTheyAre() {
        assertThat(TextNormalizer.normalize("bac +5 en 2025")).isEqualTo("bac 5 en 2025");
        assertThat(TextNormalizer.normalize("10000")).isEqualTo("10000");
    }

    @Test
    void spellsOutCurrencySigns() {
        assertThat(TextNormalizer.normalize("2500€ brut")).isEqualTo("2500 euros brut");
        assertThat(TextNormalizer.normalize("€4,000")).isEqualTo("euros 4 000");
        assertThat(TextNormalizer.normalize("50k$")).isEqualTo("50k dollars");
    }

    @Test
    void leavesNothingOfEmptyOrPunctuationOnlyInput() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize("   ")).isEmpty();
        assertThat(TextNormalizer.normalize("?!… --- '")).isEmpty();
        assertThat(TextNormalizer.tokens("")).isEmpty();
    }

    @Test
    void splitsNormalizedTextIntoWords() {
        assertThat(TextNormalizer.tokens("salaire dev junior")).containsExactly("salaire", "dev", "junior");
    }

    @Test
    void capsTokensAtSixtyFour() {
        String longMessage = "salaire " + String.join(" ", Collections.nCopies(99, "blabla"));

        String[] tokens = TextNormalizer.tokens(TextNormalizer.normalize(longMessage));

        assertThat(tokens).hasSize(64).startsWith("salaire", "blabla");
        assertThat(TextNormalizer.tokens(String.join(" ", Collections.nCopies(64, "mot")))).hasSize(64);
    }
}
