package com.careerbot.quiz;

import com.careerbot.sheet.InvalidSheetException;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuizDefinitionLoaderTests {

    private static JobSheet sheet;
    private static QuizDefinition quiz;

    @BeforeAll
    static void load() {
        sheet = JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml"));
        quiz = QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"), sheet);
    }

    @Test
    void loadsEightToTenStatements() {
        assertThat(quiz.length()).isBetween(8, 10);
        assertThat(quiz.statements()).extracting(Statement::id).doesNotHaveDuplicates();
    }

    @Test
    void writesEveryStatementInBothLanguages() {
        assertThat(quiz.statements()).allSatisfy(statement -> {
            for (Language language : Language.values()) {
                assertThat(statement.text().in(language)).as("%s in %s", statement.id(), language).isNotBlank();
            }
            assertThat(statement.text().fr()).isNotEqualTo(statement.text().en());
        });
    }

    @Test
    void restatesAnExistingSheetItemInEveryStatement() {
        assertThat(quiz.statements()).allSatisfy(statement ->
                assertThat(sheet.item(statement.sheetItem())).as(statement.id()).isPresent());
        assertThat(quiz.dimensions()).allSatisfy(dimension ->
                assertThat(sheet.item(dimension.tip())).as(dimension.id()).isPresent());
        assertThat(quiz.nextSteps()).isNotEmpty().allSatisfy(step -> assertThat(sheet.item(step)).as(step).isPresent());
    }

    @Test
    void scoresEveryDimensionWithAtLeastOneStatement() {
        assertThat(quiz.dimensions()).allSatisfy(dimension -> assertThat(quiz.statements())
                .as(dimension.id()).anyMatch(statement -> statement.dimension().equals(dimension.id())));
    }

    @Test
    void ordersTheScaleFromYesToNo() {
        assertThat(quiz.scale()).extracting(ScaleOption::score).containsExactly(3, 2, 1, 0);
        assertThat(quiz.scale()).extracting(option -> option.label().fr())
                .containsExactly("Oui", "Plutôt oui", "Plutôt pas", "Non");
        assertThat(quiz.maxScore()).isEqualTo(3);
    }

    @Test
    void loadsAValidQuizFixture() {
        QuizDefinition small = QuizDefinitionLoader.load(new ClassPathResource("sheets/valid-quiz.yaml"), sheet);

        assertThat(small.length()).isEqualTo(8);
        assertThat(small.dimensions()).extracting(Dimension::id).containsExactly("logic", "teamwork");
    }

    @Test
    void rejectsQuizWithThreeStatements() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-with-three-statements.yaml"))
                .withMessageContaining("quiz-with-three-statements.yaml")
                .withMessageContaining("field 'statements' holds 3 statements; 8 to 10 are expected");
    }

    @Test
    void rejectsStatementWithUnknownDimension() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-statement-with-unknown-dimension.yaml"))
                .withMessageContaining("quiz-statement-with-unknown-dimension.yaml")
                .withMessageContaining("statement #3 'new-technologies'")
                .withMessageContaining("field 'dimension' names no dimension of the quiz: 'patience'");
    }

    @Test
    void rejectsTypedAnswerUsedByTwoOptions() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-typed-answer-on-two-options.yaml"))
                .withMessageContaining("quiz-typed-answer-on-two-options.yaml")
                .withMessageContaining("scale option #3, field 'typed' 'Oui' also types option #1");
    }

    @Test
    void rejectsLabelOfOneOptionTypedForAnother() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-label-typed-for-another-option.yaml"))
                .withMessageContaining("quiz-label-typed-for-another-option.yaml")
                .withMessageContaining("'yes'");
    }

    @Test
    void rejectsStatementCitingItemMissingFromTheSheet() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-statement-citing-missing-sheet-item.yaml"))
                .withMessageContaining("quiz-statement-citing-missing-sheet-item.yaml")
                .withMessageContaining("statement #2 'analysis'")
                .withMessageContaining("field 'sheetItem' names no item of the job sheet: 'qualities.patience'");
    }

    @Test
    void rejectsDimensionWithoutIdNamingTheFile() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("quiz-dimension-without-id.yaml"))
                .withMessageContaining("quiz-dimension-without-id.yaml")
                .withMessageContaining("field 'id' is missing");
    }

    private static QuizDefinition load(String fixture) {
        return QuizDefinitionLoader.load(new ClassPathResource("sheets/" + fixture), sheet);
    }
}
