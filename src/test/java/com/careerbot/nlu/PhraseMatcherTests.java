package com.careerbot.nlu;

import java.util.List;

import com.careerbot.sheet.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Finding the data files' phrasings in what people type. */
class PhraseMatcherTests {

    private final PhraseMatcher matcher = PhraseMatcher.builder()
            .add("maths", Language.FR, "fort en maths")
            .add("maths", Language.FR, "maths")
            .add("senior", Language.FR, "après # ans")
            .add("remote", Language.FR, "télétravail")
            .add("remote", Language.EN, "work from home")
            .add("front", Language.FR, "avec les devs front")
            .build();

    @ParameterizedTest
    @CsvSource({
            "faut il être fort en maths ?, maths, 2",
            "faut etre forte en math, maths, 2",
            "les maths c important ?, maths, 1",
            "et après 10 ans ?, senior, 3",
            "apres 10ans, senior, 3",
            "je veux faire du teletravail, remote, 1",
            "du teletravaile ?, remote, 1",
            "du telettravail ?, remote, 1",
            "on bosse avec les dev front ?, front, 3"})
    void findsPhrasingsAsPeopleTypeThem(String message, String target, int words) {
        List<PhraseMatcher.Match> found = matcher.find(TextNormalizer.normalize(message), Language.FR);

        assertThat(found).as(message).isNotEmpty();
        assertThat(found.get(0).target()).isEqualTo(target);
        assertThat(found.get(0).words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"après les études, senior", "les ans, senior", "fort en sport, maths", "travail, remote"})
    void needsEveryMeaningfulWordOfAPhrasing(String message, String absent) {
        assertThat(matcher.find(TextNormalizer.normalize(message), Language.FR))
                .extracting(PhraseMatcher.Match::target).doesNotContain(absent);
    }

    @Test
    void keepsTheWordsOfAPhrasingInOrderAndClose() {
        assertThat(matcher.find(TextNormalizer.normalize("10 ans après"), Language.FR)).isEmpty();
        assertThat(matcher.find(TextNormalizer.normalize("fort et motivé mais nul en maths"), Language.FR))
                .singleElement().satisfies(match -> assertThat(match.words()).isEqualTo(1));
    }

    @Test
    void matchesInTheMessagesLanguageOnly() {
        assertThat(matcher.find("work from home", Language.FR)).isEmpty();
        assertThat(matcher.find("can i work from home", Language.EN)).extracting(PhraseMatcher.Match::target)
                .containsExactly("remote");
    }

    @ParameterizedTest
    @CsvSource({"du teletravial ?, swapped", "du telettravail ?, added", "du teletrvail ?, missing",
            "du teletravaol ?, changed"})
    void toleratesOneTypoInLongWords(String message, String typo) {
        assertThat(matcher.find(TextNormalizer.normalize(message), Language.FR)).as(typo)
                .extracting(PhraseMatcher.Match::target).containsExactly("remote");
    }

    @Test
    void toleratesNoTypoInShortWordsNorTwoInOneWord() {
        PhraseMatcher git = PhraseMatcher.builder().add("git", Language.EN, "git").add("remote", Language.EN, "telework")
                .build();

        assertThat(git.find("gut", Language.EN)).isEmpty();
        assertThat(git.find("tleewrok", Language.EN)).isEmpty();
        assertThat(PhraseMatcher.withinOneTypo("teletravail", "teletrivial")).isFalse();
    }

    @Test
    void neverTakesARealWordForATypoOfAnother() {
        PhraseMatcher salary = PhraseMatcher.builder().add("salary", Language.FR, "salaire")
                .knownWords(Language.FR, List.of("salarie")).build();

        assertThat(salary.find(TextNormalizer.normalize("je peux être salarié ?"), Language.FR)).isEmpty();
        assertThat(salary.find(TextNormalizer.normalize("le salaure ?"), Language.FR)).isNotEmpty();
    }

    @Test
    void keepsEveryWordOfAnExactPhrasingAndNoGap() {
        PhraseMatcher jobs = PhraseMatcher.builder().addExact("homework", Language.EN, "my homework")
                .addExact("front", Language.EN, "frontend dev").build();

        assertThat(jobs.find("can you do my homework", Language.EN)).extracting(PhraseMatcher.Match::words)
                .containsExactly(2);
        assertThat(jobs.find("is there homework in engineering school", Language.EN)).isEmpty();
        assertThat(jobs.find("a frontend senior dev", Language.EN)).isEmpty();
    }

    @Test
    void saysWhichMatchesShareAWord() {
        List<PhraseMatcher.Match> found = PhraseMatcher.builder().add("with", Language.EN, "difference with frontend")
                .addExact("job", Language.EN, "frontend dev").build()
                .find("what is the difference with a frontend dev", Language.EN);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).overlaps(found.get(1))).isTrue();
        assertThat(new PhraseMatcher.Match("a", 1, 0, 2).overlaps(new PhraseMatcher.Match("b", 1, 2, 3))).isFalse();
    }

    @Test
    void rejectsAPhrasingWithNoWordLeft() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PhraseMatcher.builder().add("nothing", Language.FR, "?!"))
                .withMessageContaining("'?!'");
    }
}
