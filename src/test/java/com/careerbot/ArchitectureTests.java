package com.careerbot;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The domain core knows no front end: it can be tested, and reused, outside Telegram and HTTP. Plain
 * {@code @Test} methods, so the rules run under the JUnit Jupiter engine like every other test.
 */
class ArchitectureTests {

    private static final String[] CORE = {"com.careerbot.sheet..", "com.careerbot.nlu..", "com.careerbot.answer..",
            "com.careerbot.quiz..", "com.careerbot.conversation.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // Dependencies are judged by their package names: loading Spring and OpenNLP themselves would only cost time.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.careerbot");
    }

    @Test
    void keepsTheCoreFreeOfTelegramAndWebTypes() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.telegram..", "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void keepsTheCoreIgnorantOfItsFrontEnds() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("com.careerbot.telegram..", "com.careerbot.web..")
                .check(classes);
    }

    /** Guards the rules above against passing vacuously, on an empty import or unseen dependencies. */
    @Test
    void seesTheCoreClassesAndTheWebDependenciesOfTheWebPackage() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct()).contains("com.careerbot.sheet",
                "com.careerbot.nlu", "com.careerbot.answer", "com.careerbot.quiz", "com.careerbot.conversation");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> noClasses()
                .that().resideInAPackage("com.careerbot.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(classes));
    }
}
