package com.careerbot.sheet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Broken sheets, each fixture named after its defect: loading fails with a message a sheet editor can act on. */
class SheetValidatorTests {

    @Test
    void rejectsSheetWithMissingEnglishTitle() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("missing-english-title.yaml"))
                .withMessageContaining("missing-english-title.yaml")
                .withMessageContaining("section 'salary'")
                .withMessageContaining("field 'title.en' is missing")
                .withMessageNotContaining("section 'missions'");
    }

    @Test
    void rejectsSheetWithEmptyFrenchItemText() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("empty-french-item-text.yaml"))
                .withMessageContaining("empty-french-item-text.yaml")
                .withMessageContaining("section 'missions'")
                .withMessageContaining("field 'items[apis].text.fr' is empty")
                .withMessageNotContaining("architectures");
    }

    @Test
    void rejectsSheetWithDuplicateSectionId() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("duplicate-section-id.yaml"))
                .withMessageContaining("duplicate-section-id.yaml")
                .withMessageContaining("section 'salary', field 'id' is used by another section");
    }

    @Test
    void rejectsItemSourcesNamingMissingSection() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("sources-naming-missing-section.yaml"))
                .withMessageContaining("sources-naming-missing-section.yaml")
                .withMessageContaining("section 'upsides'")
                .withMessageContaining("field 'items[salary].sources'")
                .withMessageContaining("'pay', which does not exist")
                .withMessageNotContaining("'salary', which does not exist");
    }

    @Test
    void rejectsUnknownFieldInsteadOfIgnoringTypo() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("unknown-field-typo.yaml"))
                .withMessageContaining("unknown-field-typo.yaml")
                .withMessageContaining("titel")
                // The section is named by its position: the file did not bind, so its id is not known yet.
                .withMessageContaining("sections")
                .withMessageContaining("[1]");
    }

    @Test
    void rejectsInvalidYamlNamingTheFileAndLine() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("invalid-yaml.yaml"))
                .withMessageContaining("invalid-yaml.yaml")
                .withMessageContaining("line 7");
    }

    @Test
    void listsEveryProblemOfSheetInOneMessage() {
        assertThatExceptionOfType(InvalidSheetException.class)
                .isThrownBy(() -> load("several-problems.yaml"))
                .withMessageContaining("section 'salary', field 'title.en' is missing")
                .withMessageContaining("section 'salary', field 'items[beginner].text.fr' is empty")
                .withMessageContaining("section 'upsides', field 'items[demand].sources' names section 'myths'");
    }

    private static JobSheet load(String fixture) {
        return JobSheetLoader.load(new ClassPathResource("sheets/" + fixture));
    }
}
