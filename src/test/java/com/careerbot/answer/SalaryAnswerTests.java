package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.nlu.TextNormalizer;
import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The salary answer: the sheet's two figures, gross monthly, the one asked about first, yearly only on request. */
class SalaryAnswerTests {

    private static Answers answers;

    @BeforeAll
    static void loadSheet() {
        answers = new Answers(JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml")),
                Messages.standard());
    }

    @Test
    void givesBothFiguresAsGrossMonthlyAmountsInFrench() {
        String answer = visible(Language.FR, "salaire ?");

        assertThat(answer).contains("2 500 €", "4 000 €", "brut par mois");
    }

    @Test
    void givesBothFiguresAsGrossMonthlyAmountsInEnglish() {
        String answer = visible(Language.EN, "salary?");

        assertThat(answer).contains("€2,500", "€4,000", "gross per month");
    }

    @Test
    void statesNoOtherAmountThanTheSheetFigures() {
        for (Language language : Language.values()) {
            String answer = visible(language, "salaire");

            assertThat(answer.replaceAll("(2 500|4 000|2,500|4,000) ?€?", ""))
                    .as(language.code()).doesNotContainPattern("\\d");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "FR, salaire junior", "FR, combien gagne un débutant ?", "FR, salaire sans expérience",
            "FR, salaire en sortie d’école", "FR, combien on gagne au début", "FR, salaire pas d’expérience",
            "EN, salary for a junior", "EN, how much does a beginner earn", "EN, starting salary",
            "EN, pay with no experience", "EN, first salary as a graduate"})
    void leadsWithTheBeginnerFigureForBeginners(Language language, String question) {
        assertThat(figuresInOrder(language, question)).as(question).isEqualTo("beginner first");
    }

    @ParameterizedTest
    @CsvSource({
            "FR, combien gagne un senior ?", "FR, salaire avec 10 ans d’expérience", "FR, salaire d’un dev confirmé",
            "FR, combien gagne un développeur expérimenté", "EN, salary with 10 years of experience",
            "EN, how much does a senior earn", "EN, pay for an experienced backend dev", "EN, salary later on"})
    void leadsWithTheExperiencedFigureForExperiencedPeople(Language language, String question) {
        assertThat(figuresInOrder(language, question)).as(question).isEqualTo("experienced first");
    }

    @ParameterizedTest
    @CsvSource({"FR, salaire ?", "FR, salaire junior ou senior", "EN, how much do they earn", "EN, ''"})
    void leadsWithTheBeginnerFigureWhenNoLevelIsAsked(Language language, String question) {
        assertThat(figuresInOrder(language, question)).as(question).isEqualTo("beginner first");
    }

    @ParameterizedTest
    @CsvSource({"salaire par an", "salaire annuel brut", "combien on gagne par année ?"})
    void givesTheYearlyEquivalentInFrenchWhenAskedAboutAYear(String question) {
        String answer = visible(Language.FR, question);

        assertThat(answer).contains("30 000 €", "48 000 €", "× 12");
        assertThat(answer.indexOf("30 000 €")).isLessThan(answer.indexOf("48 000 €"));
    }

    @ParameterizedTest
    @CsvSource({"yearly salary", "how much per year", "annual pay of a backend developer"})
    void givesTheYearlyEquivalentInEnglishWhenAskedAboutAYear(String question) {
        String answer = visible(Language.EN, question);

        assertThat(answer).contains("€30,000", "€48,000", "× 12");
    }

    @ParameterizedTest
    @CsvSource({"FR, salaire d’un senior", "EN, salary of a senior", "FR, ''"})
    void keepsToMonthlyFiguresWhenNoYearIsAsked(Language language, String question) {
        assertThat(visible(language, question)).doesNotContain("× 12", "30 000", "30,000", "48 000", "48,000");
    }

    /** "an" is a French word for year but also the English article. */
    @Test
    void doesNotTakeTheEnglishArticleAnForAYear() {
        assertThat(visible(Language.EN, "salary of an experienced backend developer"))
                .doesNotContain("× 12", "€48,000");
    }

    @Test
    void citesTheSalarySectionAndOffersRelatedTopics() {
        Reply reply = answers.answer(Intent.SALARY, AnswersTests.question(Language.EN, "salary"));

        assertThat(reply.sources()).containsExactly("salary");
        assertThat(reply.buttons()).extracting(Button::payload)
                .containsExactly("ask:studies", "ask:outlook", "ask:pros_cons");
    }

    private static String figuresInOrder(Language language, String question) {
        String answer = visible(language, question);
        int beginner = answer.indexOf(language == Language.FR ? "2 500 €" : "€2,500");
        int experienced = answer.indexOf(language == Language.FR ? "4 000 €" : "€4,000");
        assertThat(beginner).as("beginner figure in %s", answer).isNotNegative();
        assertThat(experienced).as("experienced figure in %s", answer).isNotNegative();
        return beginner < experienced ? "beginner first" : "experienced first";
    }

    /** The text as displayed, with the no-break spaces French number formats use read as plain spaces. */
    private static String visible(Language language, String question) {
        Reply reply = answers.answer(Intent.SALARY, new Question(language, TextNormalizer.normalize(question)));
        return Html.visibleText(reply.html()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
