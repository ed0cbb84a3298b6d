package com.careerbot.answer;

import java.util.List;
import java.util.stream.Stream;

import com.careerbot.nlu.Intent;
import com.careerbot.nlu.TextNormalizer;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.SheetItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's pros-and-cons table describes a data-visualisation product, not the job: the bot never serves it, and
 * answers pros-and-cons questions from the sheet's derived sections instead.
 */
class ProsConsAnswerTests {

    /**
     * Wording of the excluded table, in the seed's French and in translation. "Licence" alone is not here: it is also
     * a French degree, which the studies answer rightly names.
     */
    private static final List<String> EXCLUDED_WORDING = List.of("Visualisation intuitive", "visualisation des données",
            "connecteurs", "Tableaux de bord", "Coût élevé de la licence", "coût de la licence",
            "Courbe d’apprentissage abrupte", "Nécessite une infrastructure robuste", "Forte communauté",
            "support étendu", "ressources système", "dashboard", "data connector", "data visualisation",
            "data visualization", "intuitive", "licence cost", "license", "cost of the licence", "steep learning curve",
            "robust infrastructure", "strong community", "system resources");

    private static final List<String> WORDINGS = List.of("", "avantages et inconvénients du métier",
            "c’est quoi les points positifs et négatifs ?", "les tableaux de bord et connecteurs de données ?",
            "pros and cons of the job", "what are the downsides", "dashboards and data connectors, licence cost?",
            "salaire par an junior");

    private static JobSheet sheet;
    private static Answers answers;

    @BeforeAll
    static void loadSheet() {
        sheet = JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml"));
        answers = new Answers(sheet, Messages.standard());
    }

    @Test
    void neverServesTheExcludedTableInAnyAnswer() {
        for (Intent intent : Intent.values()) {
            for (Language language : Language.values()) {
                for (String wording : WORDINGS) {
                    String answer = Html.visibleText(answers.topic(intent,
                            new Question(language, TextNormalizer.normalize(wording))).html());

                    for (String excluded : EXCLUDED_WORDING) {
                        assertThat(answer).as("%s in %s for '%s'", intent, language, wording)
                                .doesNotContainIgnoringCase(excluded);
                    }
                }
            }
        }
    }

    @Test
    void neverServesTheExcludedTableWhenClarifying() {
        for (Language language : Language.values()) {
            Stream.of(answers.clarify(language, List.of(Intent.PROS_CONS, Intent.SALARY)),
                            answers.clarify(language, List.of(Intent.THANKS)))
                    .map(reply -> reply.html() + reply.buttons())
                    .forEach(text -> EXCLUDED_WORDING.forEach(excluded ->
                            assertThat(text).doesNotContainIgnoringCase(excluded)));
        }
    }

    @Test
    void answersWithTheJobsUpsidesAndDemands() {
        String french = Html.visibleText(answers.topic(Intent.PROS_CONS, Question.about(Language.FR)).html());
        String english = Html.visibleText(answers.topic(Intent.PROS_CONS, Question.about(Language.EN)).html());

        assertThat(french).contains("Les atouts du métier", "Ce que le métier exige", "Des profils très recherchés.");
        assertThat(english).contains("The job’s upsides", "What the job demands", "Profiles in high demand.");
    }

    @Test
    void citesEverySectionItsPointsRestate() {
        List<String> restated = Stream.of("upsides", "demands")
                .flatMap(section -> sheet.section(section).items().stream())
                .flatMap(item -> item.sources().stream())
                .distinct()
                .toList();

        for (Language language : Language.values()) {
            Reply reply = answers.topic(Intent.PROS_CONS, Question.about(language));

            assertThat(reply.sources()).as(language.code())
                    .containsAll(restated)
                    .contains("summary", "workplaces", "myths", "salary", "qualities", "studies", "missions");
        }
    }

    @Test
    void restatesOnlyFiguresTheSalarySectionGives() {
        SheetItem salaryUpside = sheet.item("upsides.salary").orElseThrow();

        assertThat(salaryUpside.text().fr()).contains("2 500 €", "4 000 €");
        assertThat(salaryUpside.text().en()).contains("€2,500", "€4,000");
        assertThat(salaryUpside.sources()).containsExactly("salary");
    }
}
