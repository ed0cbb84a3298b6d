package com.careerbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Button;
import com.careerbot.answer.Html;
import com.careerbot.answer.Messages;
import com.careerbot.answer.Payload;
import com.careerbot.answer.Reply;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.DimensionScore;
import com.careerbot.quiz.QuizDefinition;
import com.careerbot.quiz.QuizResult;
import com.careerbot.quiz.QuizSession;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;

/** The quiz's messages: questions with answer buttons, answered questions, offers, and the result. */
final class QuizReplies {

    private static final int BAR_LENGTH = 5;

    private final QuizDefinition quiz;
    private final Answers answers;
    private final Messages messages;
    /** The sheet sections the result draws on: those of the statements, the tips and the next steps. */
    private final List<String> resultSources;

    QuizReplies(QuizDefinition quiz, JobSheet sheet, Answers answers) {
        this.quiz = quiz;
        this.answers = answers;
        this.messages = answers.messages();
        this.resultSources = java.util.stream.Stream.of(
                        quiz.statements().stream().map(statement -> statement.sheetItem()),
                        quiz.dimensions().stream().map(dimension -> dimension.tip()),
                        quiz.nextSteps().stream())
                .flatMap(references -> references)
                .map(reference -> sheet.sectionOf(reference).id())
                .distinct()
                .toList();
    }

    Reply intro(Language language) {
        return Reply.text(messages.get(language, "quiz.intro", quiz.length()));
    }

    Reply question(Language language, QuizSession session) {
        int index = session.currentQuestion();
        List<Button> options = new ArrayList<>();
        for (int option = 0; option < quiz.scale().size(); option++) {
            options.add(new Button(quiz.scale().get(option).label().in(language),
                    new Payload.QuizAnswer(session.id(), index, option).encode()));
        }
        return Reply.of(messages.get(language, "quiz.question", index + 1, quiz.length(), statement(language, index)),
                options);
    }

    /** The question as it reads once answered: the chosen option shown, the buttons gone. */
    Reply answered(Language language, int index, int option) {
        return Reply.text(messages.get(language, "quiz.answered", index + 1, quiz.length(), statement(language, index),
                Html.escape(quiz.scale().get(option).label().in(language))));
    }

    Reply resumeOffer(Language language, QuizSession session) {
        return Reply.of(messages.get(language, "quiz.resume.offer", session.currentQuestion() + 1, quiz.length()),
                List.of(new Button(messages.get(language, "quiz.resume"), new Payload.ResumeQuiz().encode()),
                        restartButton(language)));
    }

    Reply lastResultOffer(Language language) {
        return Reply.of(messages.get(language, "quiz.result.offer"),
                List.of(new Button(messages.get(language, "quiz.result.show"), new Payload.ShowQuizResult().encode()),
                        restartButton(language)));
    }

    Reply result(Language language, CompletedQuiz completed) {
        QuizResult result = QuizResult.of(quiz, completed.answers());
        List<String> blocks = new ArrayList<>();
        blocks.add(messages.get(language, "quiz.result.title", result.percent()) + "\n"
                + Html.escape(result.reading().text().in(language)));
        blocks.add(result.scores().stream().map(score -> Html.escape(score.dimension().label().in(language)) + "  "
                + bar(score) + " " + score.points() + "/" + score.maximum()).collect(Collectors.joining("\n")));
        if (!result.strengths().isEmpty()) {
            blocks.add(messages.get(language, "quiz.result.strengths", labels(result.strengths(), language)));
        }
        if (!result.toWorkOn().isEmpty()) {
            blocks.add(messages.get(language, "quiz.result.work.on") + "\n" + Html.bullets(result.toWorkOn().stream()
                    .map(score -> Html.bold(score.dimension().label().in(language)) + messages.get(language, "answer.colon")
                            + answers.item(score.dimension().tip(), language))
                    .toList()));
        }
        blocks.add(messages.get(language, "quiz.result.next") + "\n"
                + Html.bullets(quiz.nextSteps().stream().map(step -> answers.item(step, language)).toList()));
        blocks.add(Html.italic(messages.get(language, "quiz.result.disclaimer")));
        return new Reply(String.join("\n\n", blocks),
                List.of(restartButton(language), new Button(messages.get(language, "topic.studies"),
                        new Payload.Ask(com.careerbot.nlu.Intent.STUDIES).encode())),
                false, resultSources);
    }

    Reply stale(Language language) {
        return Reply.text(messages.get(language, "quiz.stale"));
    }

    Reply expired(Language language) {
        return Reply.text(messages.get(language, "quiz.expired"));
    }

    Reply cancelled(Language language) {
        return Reply.text(messages.get(language, "quiz.cancelled"));
    }

    Reply nothingToCancel(Language language) {
        return Reply.text(messages.get(language, "quiz.nothing.to.cancel"));
    }

    private Button restartButton(Language language) {
        return new Button(messages.get(language, "quiz.restart"), new Payload.RestartQuiz().encode());
    }

    private String statement(Language language, int index) {
        return Html.escape(quiz.statements().get(index).text().in(language));
    }

    private static String labels(List<DimensionScore> scores, Language language) {
        return scores.stream().map(score -> Html.escape(score.dimension().label().in(language)))
                .collect(Collectors.joining(", "));
    }

    private static String bar(DimensionScore score) {
        int filled = Math.round(score.percent() * BAR_LENGTH / 100f);
        return "▰".repeat(filled) + "▱".repeat(BAR_LENGTH - filled);
    }
}
