package com.careerbot.answer;

import com.careerbot.nlu.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExperienceLevelTests {

    @ParameterizedTest
    @CsvSource({
            "salaire junior, BEGINNER", "combien gagne un débutant, BEGINNER", "salaire sans expérience, BEGINNER",
            "pas d’expérience, BEGINNER", "en sortie d’école, BEGINNER", "first job salary, BEGINNER",
            "pay with no experience, BEGINNER", "entry level pay, BEGINNER",
            "combien gagne un senior ?, EXPERIENCED", "salaire après 10 ans, EXPERIENCED",
            "développeur expérimenté, EXPERIENCED", "salary with 10 years of experience, EXPERIENCED",
            "seasoned developer pay, EXPERIENCED",
            "salaire, ANY", "how much do they earn, ANY", "junior ou senior, ANY", "'', ANY"})
    void tellsWhichExperienceLevelAQuestionIsAbout(String question, ExperienceLevel expected) {
        assertThat(ExperienceLevel.of(TextNormalizer.normalize(question))).as(question).isEqualTo(expected);
    }

    /** People write the absence of experience in more than two words, and in the plural. */
    @ParameterizedTest
    @CsvSource({"salaire sans aucune expérience", "salary with no prior experience", "pay without any experience",
            "salaire les premières années", "salaire des débutantes"})
    void takesOtherWordingsOfBeginnersForBeginners(String question) {
        assertThat(ExperienceLevel.of(TextNormalizer.normalize(question))).as(question)
                .isEqualTo(ExperienceLevel.BEGINNER);
    }
}
