package com.careerbot.quiz;

import com.careerbot.sheet.JobSheetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAnswersTests {

    private static QuizDefinition quiz;
    private static TypedAnswers typed;

    @BeforeAll
    static void load() {
        quiz = QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"),
                JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml")));
        typed = new TypedAnswers(quiz);
    }

    @ParameterizedTest
    @CsvSource({
            "oui, 0", "Oui !, 0", "yes, 0", "YES, 0", "1, 0", "a, 0", "tout à fait, 0",
            "Plutôt oui, 1", "plutot oui, 1", "rather yes, 1", "2, 1", "b, 1",
            "plutot pas, 2", "Plutôt pas, 2", "rather not, 2", "pas vraiment, 2", "3, 2", "c, 2",
            "NON, 3", "non., 3", "no, 3", "not at all, 3", "4, 3", "d, 3", "D, 3"})
    void readsTypedAnswers(String text, int option) {
        assertThat(typed.parse(text)).as(text).contains(option);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peut-être", "maybe", "5", "0", "e", "", "   ", "?", "oui non", "salaire"})
    void rejectsTextThatIsNoAnswer(String text) {
        assertThat(typed.parse(text)).as(text).isEmpty();
    }

    @Test
    void readsEveryButtonLabelAsItsOwnOption() {
        for (int i = 0; i < quiz.scale().size(); i++) {
            ScaleOption option = quiz.scale().get(i);

            assertThat(typed.parse(option.label().fr())).as(option.label().fr()).contains(i);
            assertThat(typed.parse(option.label().en())).as(option.label().en()).contains(i);
        }
    }
}
