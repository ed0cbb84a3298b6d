package com.careerbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Button;
import com.careerbot.answer.Payload;
import com.careerbot.answer.Question;
import com.careerbot.answer.Reply;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.Understanding;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.UncoveredTopic;
import com.careerbot.store.Chat;

/**
 * One turn of a conversation as a pure function of the chat's state, what the user did and the time: no database, no
 * channel. {@link ConversationEngine} runs it inside the transaction that reads and saves the chat.
 */
final class Conversation {

    /** @param chat the chat's new state, or null when the user asked to be forgotten */
    record Step(Chat chat, Outcome outcome) {
    }

    private final MessageUnderstanding understanding;
    private final Interpreter interpreter;
    private final Answers answers;
    private final QuizConversation quiz;
    private final ConversationProperties properties;

    Conversation(MessageUnderstanding understanding, Interpreter interpreter, Answers answers, QuizConversation quiz,
                 ConversationProperties properties) {
        this.understanding = understanding;
        this.interpreter = interpreter;
        this.answers = answers;
        this.quiz = quiz;
        this.properties = properties;
    }

    Step turn(Chat chat, Inbound inbound, Instant now) {
        Turn turn = new Turn(chat, chat.language(), now);
        if (inbound.input() instanceof Input.Text text) {
            onText(turn, text.text());
        } else if (inbound.input() instanceof Input.Press press) {
            onPress(turn, press.payload());
        } else {
            turn.reply(Reply.text(answers.messages().get(turn.language, "input.unsupported")));
        }
        Chat next = turn.forget ? null : turn.chat.withLanguage(turn.language).withActive(true).touchedAt(now);
        return new Step(next, turn.outcome());
    }

    private void onText(Turn turn, String text) {
        if (text.length() > properties.maxTextLength()) {
            turn.reply(Reply.text(answers.messages().get(turn.language, "error.too.long", properties.maxTextLength())));
            return;
        }
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            onCommand(turn, command.get());
            return;
        }
        if (quiz.answerTyped(turn, text)) {
            turn.kind = Outcome.Kind.QUIZ;
            return;
        }
        boolean inQuiz = quiz.isActive(turn);
        Understanding understood = understanding.understand(text, turn.language);
        turn.language = understood.language();
        turn.classification = understood.classification();
        if (understood.normalized().isEmpty()) {
            turn.kind = Outcome.Kind.CLARIFICATION;
            turn.reply(answers.clarify(turn.language, List.of()));
        } else {
            answer(turn, interpreter.read(understood, turn.chat.lastIntent()),
                    new Question(turn.language, understood.normalized()));
        }
        if (inQuiz) {
            quiz.askAgainIfActive(turn);
        }
    }

    private void answer(Turn turn, Reading reading, Question question) {
        turn.kind = reading.kind();
        turn.answered = reading.topic().orElse(null);
        turn.uncovered = reading.uncovered().map(UncoveredTopic::id).orElse(null);
        Reply reply = switch (reading.kind()) {
            case ITEM -> answers.facts(reading.facts(), question);
            case SECTION -> reading.facts().isEmpty() ? answers.topic(reading.topic().orElseThrow(), question)
                    : answers.facts(reading.facts(), question);
            case UNCOVERED -> answers.uncovered(reading.uncovered().orElseThrow(), reading.facts(), question);
            case CLARIFICATION -> answers.clarify(turn.language, reading.likely());
            default -> answers.topic(reading.topic().orElseThrow(), question);
        };
        Optional<String> preamble = reading.preamble()
                .filter(opener -> opener == Intent.GREETING || opener == Intent.THANKS)
                .map(opener -> answers.messages().get(turn.language, "answer." + opener.wireName() + ".short"));
        turn.reply(preamble.map(reply::after).orElse(reply));
        // An out-of-scope answer is context too: what follows it elliptically is about the same other thing.
        if (reading.topic().filter(topic -> answers.isSheetTopic(topic) || topic == Intent.OUT_OF_SCOPE).isPresent()) {
            turn.chat = turn.chat.withLastIntent(reading.topic().get());
        }
        if (reading.kind() == Outcome.Kind.SECTION && reading.topic().orElse(null) == Intent.SUITABILITY
                && !quiz.isActive(turn)) {
            quiz.start(turn);
        }
    }

    private void onCommand(Turn turn, Command command) {
        turn.kind = Outcome.Kind.COMMAND;
        switch (command.name()) {
            case "start" -> {
                if (command.argument().equalsIgnoreCase("quiz")) {
                    startQuiz(turn);
                } else {
                    smallTalk(turn, Intent.GREETING);
                }
            }
            case "help" -> smallTalk(turn, Intent.HELP);
            case "quiz" -> startQuiz(turn);
            case "cancel" -> quiz.cancel(turn);
            case "language" -> Language.fromCode(command.argument()).ifPresentOrElse(
                    language -> setLanguage(turn, language),
                    () -> turn.reply(Reply.of(answers.messages().get(turn.language, "language.choose"), List.of(
                            new Button("🇫🇷 Français", new Payload.SetLanguage(Language.FR).encode()),
                            new Button("🇬🇧 English", new Payload.SetLanguage(Language.EN).encode())))));
            case "forget" -> {
                turn.forget = true;
                turn.reply(Reply.text(answers.messages().get(turn.language, "forget.done")));
            }
            default -> turn.reply(Reply.text(answers.messages().get(turn.language, "command.unknown")));
        }
    }

    private void onPress(Turn turn, String data) {
        Optional<Payload> payload = Payload.parse(data);
        if (payload.isEmpty()) {
            turn.reply(Reply.of(answers.messages().get(turn.language, "button.unknown"),
                    answers.topics().menu(turn.language)));
            return;
        }
        Payload pressed = payload.get();
        turn.kind = Outcome.Kind.QUIZ;
        if (pressed instanceof Payload.Ask ask) {
            boolean inQuiz = quiz.isActive(turn);
            Outcome.Kind kind = answers.isSheetTopic(ask.intent()) ? Outcome.Kind.SECTION : Outcome.Kind.SMALL_TALK;
            answer(turn, Reading.of(kind, ask.intent()), Question.about(turn.language));
            if (inQuiz) {
                quiz.askAgainIfActive(turn);
            }
        } else if (pressed instanceof Payload.QuizAnswer quizAnswer) {
            quiz.answer(turn, quizAnswer);
        } else if (pressed instanceof Payload.StartQuiz) {
            quiz.start(turn);
        } else if (pressed instanceof Payload.ResumeQuiz) {
            quiz.resume(turn);
        } else if (pressed instanceof Payload.RestartQuiz) {
            quiz.restart(turn);
        } else if (pressed instanceof Payload.ShowQuizResult) {
            quiz.showResult(turn);
        } else if (pressed instanceof Payload.SetLanguage set) {
            turn.kind = Outcome.Kind.COMMAND;
            setLanguage(turn, set.language());
        }
    }

    private void smallTalk(Turn turn, Intent intent) {
        turn.answered = intent;
        turn.reply(answers.topic(intent, Question.about(turn.language)));
    }

    private void startQuiz(Turn turn) {
        turn.kind = Outcome.Kind.QUIZ;
        quiz.start(turn);
    }

    private void setLanguage(Turn turn, Language language) {
        turn.language = language;
        turn.reply(Reply.of(answers.messages().get(language, "language.set"), answers.topics().menu(language)));
    }
}
