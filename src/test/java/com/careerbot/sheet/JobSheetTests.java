package com.careerbot.sheet;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The real job sheet, as the bot serves it. */
class JobSheetTests {

    private static JobSheet sheet;

    @BeforeAll
    static void loadSheet() {
        sheet = JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml"));
    }

    @Test
    void loadsTheBackendDeveloperSheet() {
        assertThat(sheet.id()).isEqualTo("backend-developer");
        assertThat(sheet.job().fr()).isEqualTo("Développeur·euse backend");
        assertThat(sheet.job().en()).isEqualTo("Backend developer");
        assertThat(sheet.sections()).extracting(Section::id)
                .contains("summary", "role", "missions", "salary", "qualities", "studies", "skills-technical",
                        "skills-behavioural", "workplaces", "ecology-role", "ecology-change", "myths", "upsides",
                        "demands")
                .doesNotHaveDuplicates();
    }

    @Test
    void titlesEverySectionInFrenchAndEnglish() {
        assertThat(sheet.sections()).allSatisfy(section -> {
            assertThat(section.title().fr()).as("French title of %s", section.id()).isNotBlank();
            assertThat(section.title().en()).as("English title of %s", section.id()).isNotBlank();
        });
    }

    @Test
    void givesEveryTextInBothLanguages() {
        assertThat(texts()).allSatisfy(text -> {
            assertThat(text.fr()).isNotBlank();
            assertThat(text.en()).isNotBlank();
        });
    }

    @Test
    void holdsTheSeedSalaryFigures() {
        assertThat(sheet.item("salary.beginner").orElseThrow().figures()).containsEntry("monthlyGross", 2500);
        assertThat(sheet.item("salary.experienced").orElseThrow().figures()).containsEntry("monthlyGross", 4000);
    }

    @Test
    void statesTheSalaryFiguresInTheBeginnerAndExperiencedItems() {
        assertThat(sheet.item("salary.beginner").orElseThrow().text().fr()).contains("2 500 €", "brut par mois");
        assertThat(sheet.item("salary.beginner").orElseThrow().text().en()).contains("€2,500", "gross per month");
        assertThat(sheet.item("salary.experienced").orElseThrow().text().fr()).contains("4 000 €", "brut par mois");
        assertThat(sheet.item("salary.experienced").orElseThrow().text().en()).contains("€4,000", "gross per month");
    }

    @Test
    void recordsWhyTheDataVisualisationProsAndConsTableIsExcluded() {
        assertThat(sheet.excluded())
                .filteredOn(exclusion -> exclusion.seedSection().startsWith("Avantages et inconvénients"))
                .singleElement()
                .satisfies(exclusion -> assertThat(exclusion.reason())
                        .contains("data-visualisation")
                        .contains("not the backend developer job"));
    }

    @Test
    void servesNothingFromTheExcludedProsAndConsTable() {
        List<String> excludedWording = List.of("Visualisation intuitive", "connecteurs", "Tableaux de bord",
                "Coût élevé de la licence", "Courbe d’apprentissage abrupte", "Forte communauté",
                "ressources système", "dashboard", "connector", "data visualisation", "licence cost",
                "steep learning curve");

        assertThat(texts()).allSatisfy(text -> {
            for (String wording : excludedWording) {
                assertThat(text.fr()).doesNotContainIgnoringCase(wording);
                assertThat(text.en()).doesNotContainIgnoringCase(wording);
            }
        });
    }

    @Test
    void derivesTheUpsidesAndDemandsFromExistingSections() {
        assertThat(Stream.of("upsides", "demands").map(sheet::section).flatMap(section -> section.items().stream()))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.sources()).isNotEmpty().allMatch(sheet::hasSection));
    }

    @Test
    void findsItemsBySectionAndItemReference() {
        assertThat(sheet.item("salary.beginner")).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo("beginner"));
        assertThat(sheet.item("salary.intern")).isEmpty();
        assertThat(sheet.item("salary")).isEmpty();
        assertThat(sheet.item(null)).isEmpty();
    }

    @Test
    void rejectsAnUnknownSectionAndFindsNoUnknownItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> sheet.section("pay")).withMessageContaining("'pay'");
        assertThat(sheet.item("salary.intern")).isEmpty();
    }

    private static List<Localized> texts() {
        return sheet.sections().stream().flatMap(section -> Stream.concat(
                Stream.concat(Stream.of(section.title()), section.paragraphs().stream()),
                section.items().stream().flatMap(item -> Stream.of(item.label(), item.text())))).filter(text -> text != null)
                .toList();
    }
}
