package com.careerbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Html;
import com.careerbot.answer.Messages;
import com.careerbot.answer.Question;
import com.careerbot.answer.Reply;
import com.careerbot.nlu.Intent;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.QuizAnswers;
import com.careerbot.quiz.QuizDefinition;
import com.careerbot.quiz.QuizDefinitionLoader;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.SheetItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No fact out of its context: every reply the bot can compose opens with a line that makes sense on its own, and an
 * item is never shown without what gives it its meaning ("False: …" only after the myth it rebuts).
 */
class RepliesReadOnTheirOwnTests {

    /** Words that continue something said before: a reply opening with one was cut from its context. */
    private static final Set<String> CONTINUATIONS = Set.of("faux", "false", "vrai", "true", "mais", "but", "et", "and",
            "ou", "or", "donc", "so", "oui", "yes", "non", "no", "sinon", "otherwise", "aussi", "also", "puis", "then");
    /** A specific question gets two or three lines and the source, not a screenful. */
    private static final int MAX_FOCUSED_LINES = 5;

    private static JobSheet sheet;
    private static Answers answers;
    private static final List<Reply> replies = new ArrayList<>();

    @BeforeAll
    static void composeEveryReply() {
        sheet = StandardConversation.get().sheet();
        answers = new Answers(sheet, Messages.standard());
        QuizDefinition quiz = QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"),
                sheet);
        QuizReplies quizReplies = new QuizReplies(quiz, sheet, answers);
        int lowest = quiz.scale().size() - 1;
        CompletedQuiz allToWorkOn = new CompletedQuiz(
                new QuizAnswers(Collections.nCopies(quiz.length(), lowest)), Instant.now());
        for (Language language : Language.values()) {
            Question question = Question.about(language);
            Arrays.stream(Intent.values()).forEach(intent -> replies.add(answers.topic(intent, question)));
            for (Section section : sheet.sections()) {
                replies.add(answers.facts(List.of(section.id()), question));
                section.items().forEach(item -> replies.add(answers.facts(List.of(section.reference(item)), question)));
            }
            StandardConversation.get().scope().uncovered()
                    .forEach(uncovered -> replies.add(answers.uncovered(uncovered, List.of(), question)));
            replies.add(answers.clarify(language, List.of(Intent.SALARY, Intent.STUDIES)));
            replies.add(quizReplies.result(language, allToWorkOn));
        }
    }

    @Test
    void opensEveryReplyWithALineThatMakesSenseOnItsOwn() {
        assertThat(replies).allSatisfy(reply -> {
            String firstLine = Html.visibleText(reply.html()).lines().findFirst().orElse("");
            String words = firstLine.replaceAll("^[^\\p{L}\\p{N}]+", "");

            assertThat(words).as(reply.html()).isNotBlank();
            assertThat(Character.isUpperCase(words.codePointAt(0)) || Character.isDigit(words.codePointAt(0)))
                    .as("starts with a capital: %s", firstLine).isTrue();
            assertThat(CONTINUATIONS).as("first word of %s", firstLine)
                    .doesNotContain(words.split("[^\\p{L}]+")[0].toLowerCase(Locale.ROOT));
        });
    }

    @Test
    void showsEveryItemAfterWhatGivesItItsMeaning() {
        for (Language language : Language.values()) {
            for (Section section : sheet.sections()) {
                for (SheetItem item : section.items()) {
                    if (item.label() == null || item.text() == null) {
                        continue;
                    }
                    String label = Html.escape(item.label().in(language));
                    String text = Html.escape(item.text().in(language));
                    assertThat(replies).filteredOn(reply -> reply.html().contains(text) && (reply.sources()
                            .contains(section.reference(item)) || reply.sources().contains(section.id())))
                            .allSatisfy(reply ->
                            assertThat(reply.html().indexOf(label)).as("%s before its text in%n%s",
                                    section.reference(item), reply.html())
                                    .isNotNegative().isLessThan(reply.html().indexOf(text)));
                }
            }
        }
    }

    @Test
    void answersASpecificQuestionInAFewLines() {
        for (Language language : Language.values()) {
            for (Section section : sheet.sections()) {
                for (SheetItem item : section.items()) {
                    Reply reply = answers.facts(List.of(section.reference(item)), Question.about(language));
                    long lines = Html.visibleText(reply.html()).lines().filter(line -> !line.isBlank()).count();

                    assertThat(lines).as(reply.html()).isLessThanOrEqualTo(MAX_FOCUSED_LINES);
                    List<String> expected = new ArrayList<>(List.of(section.reference(item)));
                    expected.addAll(item.sources());
                    assertThat(reply.sources()).as(reply.html()).containsExactlyElementsOf(expected);
                }
            }
        }
    }
}
