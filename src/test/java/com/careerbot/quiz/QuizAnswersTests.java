package com.careerbot.quiz;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuizAnswersTests {

    @Test
    void encodesAnswersAsCommaSeparatedOptions() {
        assertThat(new QuizAnswers(List.of(0, 2, 1)).encode()).isEqualTo("0,2,1");
        assertThat(QuizAnswers.none().encode()).isEmpty();
    }

    @Test
    void decodesWhatItEncodes() {
        QuizAnswers answers = QuizAnswers.none().plus(3).plus(0).plus(2).plus(1).plus(1);

        assertThat(QuizAnswers.decode(answers.encode())).isEqualTo(answers);
        assertThat(QuizAnswers.decode(QuizAnswers.none().encode())).isEqualTo(QuizAnswers.none());
        assertThat(QuizAnswers.decode(null)).isEqualTo(QuizAnswers.none());
    }

    @Test
    void addsAnswersWithoutChangingTheEarlierValue() {
        QuizAnswers one = QuizAnswers.none().plus(2);

        assertThat(one.plus(0).options()).containsExactly(2, 0);
        assertThat(one.options()).containsExactly(2);
        assertThat(one.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "1,,2", "1;2", "1, 2", "99999999999", "oui"})
    void rejectsGarbage(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> QuizAnswers.decode(encoded))
                .withMessageContaining(encoded);
    }

    /** A stored value cut short or padded must not pass for a shorter list of answers. */
    @ParameterizedTest
    @ValueSource(strings = {"0,2,", ","})
    void rejectsTrailingOrLoneCommas(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> QuizAnswers.decode(encoded));
    }
}
