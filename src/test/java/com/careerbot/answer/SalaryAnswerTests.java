package com.careerbot.answer;

import java.util.List;

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

/** The salary answers: the sheet's figures, gross monthly, and their yearly equivalent only on request. */
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

    @Test
    void givesTheBeginnerFigureBeforeTheExperiencedOne() {
        for (Language language : Language.values()) {
            String answer = visible(language, "");
            int beginner = answer.indexOf(language == Language.FR ? "2 500 €" : "€2,500");
            int experienced = answer.indexOf(language == Language.FR ? "4 000 €" : "€4,000");

            assertThat(beginner).as(answer).isNotNegative().isLessThan(experienced);
        }
    }

    @ParameterizedTest
    @CsvSource({"salaire par an", "salaire annuel brut", "combien on gagne par année ?"})
    void givesTheYearlyEquivalentInFrenchWhenAskedAboutAYear(String question) {
        String answer = visible(Language.FR, question);

        assertThat(answer).contains("30 000 €", "48 000 €", "× 12");
        assertThat(answer.indexOf("30 000 €")).isLessThan(answer.indexOf("48 000 €"));
    }

    @Test
    void givesOnlyTheYearlyEquivalentOfTheFigureAskedFor() {
        Reply reply = answers.facts(List.of("salary.experienced"),
                new Question(Language.FR, TextNormalizer.normalize("salaire annuel d’un senior")));
        String answer = Html.visibleText(reply.html()).replace('\u00a0', ' ').replace('\u202f', ' ');

        assertThat(answer).contains("4 000 €", "48 000 €").doesNotContain("2 500", "30 000");
        assertThat(reply.sources()).containsExactly("salary.experienced");
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
        Reply reply = answers.topic(Intent.SALARY, AnswersTests.question(Language.EN, "salary"));

        assertThat(reply.sources()).containsExactly("salary");
        assertThat(reply.buttons()).extracting(Button::payload)
                .containsExactly("ask:studies", "ask:outlook", "ask:pros_cons");
    }

    /** The text as displayed, with the no-break spaces French number formats use read as plain spaces. */
    private static String visible(Language language, String question) {
        Reply reply = answers.topic(Intent.SALARY, new Question(language, TextNormalizer.normalize(question)));
        return Html.visibleText(reply.html()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
