package com.careerbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import org.junit.jupiter.api.Test;

class ReviewExportTests {

    @Test
    void groupsTheSameWordsAndPutsTheMostFrequentFirst() {
        List<Unanswered> kept = List.of(
                unanswered("fr", "c'est quoi le salaire d'un pilote ?", 0.41),
                unanswered("en", "can you write my CV?", 0.52),
                unanswered("fr", "C'est quoi le salaire d'un PILOTE", 0.44),
                unanswered("en", "Can you write my cv", 0.50),
                unanswered("fr", "c’est quoi le salaire d’un pilote ??", 0.47),
                unanswered("en", "what is the weather", 0.30));

        List<String> lines = ReviewExport.tsv(kept).lines().toList();

        assertThat(lines).containsExactly(
                ReviewExport.HEADER,
                "fr\tout_of_scope\tout_of_scope\t0.47\tsalary\t0.20\t3\tc’est quoi le salaire d’un pilote ??",
                "en\tout_of_scope\tout_of_scope\t0.50\tsalary\t0.20\t2\tCan you write my cv",
                "en\tout_of_scope\tout_of_scope\t0.30\tsalary\t0.20\t1\twhat is the weather");
    }

    @Test
    void keepsEachLineOnOneLineOfTheFile() {
        String tsv = ReviewExport.tsv(List.of(new Unanswered("en", "clarification", List.of(), "two\tcells\non two lines")));

        assertThat(tsv.lines().toList()).containsExactly(ReviewExport.HEADER,
                "en\tclarification\t\t\t\t\t1\ttwo cells on two lines");
    }

    private static Unanswered unanswered(String language, String text, double confidence) {
        return new Unanswered(language, "out_of_scope",
                List.of(new IntentScore(Intent.OUT_OF_SCOPE, confidence), new IntentScore(Intent.SALARY, 0.2)), text);
    }
}
