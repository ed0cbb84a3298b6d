package com.careerbot.sheet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProblemsTests {

    @Test
    void collectsSeveralProblemsIntoOneMessageOneLineEach() {
        Problems problems = new Problems("sheets/example.yaml");
        problems.add("section 'salary'", "figures.beginnerMonthlyGross", "must be a positive number");
        problems.requireText(null, "section 'salary'", "id");
        problems.requireLocalized(new Localized("Salaire", " "), "section 'salary'", "title");

        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(problems::throwIfAny)
                .satisfies(e -> assertThat(e.getMessage().lines()).containsExactly(
                        "sheets/example.yaml: section 'salary', field 'figures.beginnerMonthlyGross' must be a positive number",
                        "sheets/example.yaml: section 'salary', field 'id' is missing",
                        "sheets/example.yaml: section 'salary', field 'title.en' is empty"));
    }

    @Test
    void throwsNothingWhenNothingIsWrong() {
        Problems problems = new Problems("sheets/example.yaml");

        assertThat(problems.requireText("Salaire", "section 'salary'", "title.fr")).isTrue();
        problems.requireLocalized(new Localized("Salaire", "Salary"), "section 'salary'", "title");

        assertThatNoException().isThrownBy(problems::throwIfAny);
    }

    @Test
    void reportsMissingLocalizedTextOnceNotPerLanguage() {
        Problems problems = new Problems("sheets/example.yaml");
        problems.requireLocalized(null, "section 'salary'", "title");

        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(problems::throwIfAny)
                .withMessage("sheets/example.yaml: section 'salary', field 'title' is missing");
    }
}
