package com.careerbot.quiz;

import java.util.Collections;
import java.util.List;

import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuizResultTests {

    private static final int YES = 0;
    private static final int RATHER_YES = 1;
    private static final int RATHER_NOT = 2;
    private static final int NO = 3;

    private static QuizDefinition quiz;

    @BeforeAll
    static void load() {
        quiz = QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"),
                JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml")));
    }

    @Test
    void scoresAllYesAsFullMarksWithTheTopReading() {
        QuizResult result = QuizResult.of(quiz, all(YES));

        assertThat(result.percent()).isEqualTo(100);
        assertThat(result.reading()).isEqualTo(quiz.readings().get(0));
        assertThat(result.strengths()).extracting(DimensionScore::dimension).containsExactlyElementsOf(quiz.dimensions());
        assertThat(result.toWorkOn()).isEmpty();
        assertThat(result.scores()).allSatisfy(score -> assertThat(score.percent()).isEqualTo(100));
    }

    @Test
    void scoresAllNoAsZeroWithTheLowestReadingAndNoVerdict() {
        QuizResult result = QuizResult.of(quiz, all(NO));

        assertThat(result.percent()).isZero();
        assertThat(result.reading()).isEqualTo(quiz.readings().get(quiz.readings().size() - 1));
        assertThat(result.strengths()).isEmpty();
        assertThat(result.toWorkOn()).extracting(DimensionScore::dimension).containsExactlyElementsOf(quiz.dimensions());
        for (Language language : Language.values()) {
            assertThat(result.reading().text().in(language)).as(language.code())
                    .doesNotContainIgnoringCase("unfit")
                    .doesNotContainIgnoringCase("inapte")
                    .doesNotContainIgnoringCase("not for you")
                    .doesNotContainIgnoringCase("pas fait pour toi");
        }
    }

    @Test
    void givesNoReadingThatSoundsLikeAVerdict() {
        assertThat(quiz.readings()).allSatisfy(reading -> {
            for (Language language : Language.values()) {
                assertThat(reading.text().in(language))
                        .doesNotContainIgnoringCase("unfit").doesNotContainIgnoringCase("inapte")
                        .doesNotContainIgnoringCase("unsuited").doesNotContainIgnoringCase("pas fait pour");
            }
        });
    }

    @Test
    void scoresEachDimensionFromItsOwnStatements() {
        // The quiz's order: logic, logic, curiosity, curiosity, autonomy, autonomy, rigour, rigour, teamwork, teamwork.
        assertThat(quiz.statements()).extracting(Statement::dimension).containsExactly("logic", "logic", "curiosity",
                "curiosity", "autonomy", "autonomy", "rigour", "rigour", "teamwork", "teamwork");

        QuizResult result = QuizResult.of(quiz, new QuizAnswers(List.of(
                YES, YES, RATHER_YES, RATHER_YES, RATHER_NOT, RATHER_NOT, NO, NO, YES, NO)));

        assertThat(result.scores()).extracting(score -> score.dimension().id() + " " + score.points() + "/" + score.maximum())
                .containsExactly("logic 6/6", "curiosity 4/6", "autonomy 2/6", "rigour 0/6", "teamwork 3/6");
        assertThat(result.percent()).isEqualTo(50);
        assertThat(result.reading().minPercent()).isEqualTo(50);
        assertThat(result.strengths()).extracting(score -> score.dimension().id()).containsExactly("logic", "curiosity");
        assertThat(result.toWorkOn()).extracting(score -> score.dimension().id())
                .containsExactly("autonomy", "rigour", "teamwork");
    }

    @Test
    void picksTheReadingByOverallShare() {
        assertThat(QuizResult.of(quiz, all(RATHER_YES)).percent()).isEqualTo(67);
        assertThat(QuizResult.of(quiz, all(RATHER_YES)).reading().minPercent()).isEqualTo(50);
        assertThat(QuizResult.of(quiz, all(RATHER_NOT)).percent()).isEqualTo(33);
        assertThat(QuizResult.of(quiz, all(RATHER_NOT)).reading().minPercent()).isZero();
    }

    @Test
    void refusesAnswersThatDoNotCoverEveryStatement() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuizResult.of(quiz, new QuizAnswers(Collections.nCopies(quiz.length() - 1, YES))))
                .withMessageContaining(String.valueOf(quiz.length() - 1));
    }

    private static QuizAnswers all(int option) {
        return new QuizAnswers(Collections.nCopies(quiz.length(), option));
    }
}
