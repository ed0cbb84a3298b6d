package com.careerbot.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Payload;
import com.careerbot.answer.Question;
import com.careerbot.answer.Reply;
import com.careerbot.answer.Topics;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.Understanding;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chat;
import com.careerbot.store.Chats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one conversation engine every channel calls: a user action in, the bot's replies out, the chat's state read and
 * written in one transaction. Two turns of the same chat at the same time are serialised by optimistic locking: the
 * loser runs again on the winner's state, so no quiz answer is lost or counted twice.
 */
public class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final MessageUnderstanding understanding;
    private final Answers answers;
    private final QuizConversation quiz;
    private final FollowUps followUps;
    private final Chats chats;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConversationProperties properties;

    ConversationEngine(MessageUnderstanding understanding, Answers answers, QuizConversation quiz, FollowUps followUps,
                       Chats chats, TransactionTemplate transactions, Clock clock, ConversationProperties properties) {
        this.understanding = understanding;
        this.answers = answers;
        this.quiz = quiz;
        this.followUps = followUps;
        this.chats = chats;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    public Outcome handle(Inbound inbound) {
        return handle(inbound, outcome -> { });
    }

    /**
     * @param inTransaction called with the outcome inside the transaction that saves the chat's state, so that what a
     *                      channel records there (an outbox of replies, an update marked done) commits or rolls back
     *                      with it; may run more than once when the turn is tried again
     * @throws ConversationUnavailableException when the database cannot be reached or keeps losing races; nothing was
     *                                          kept
     */
    public Outcome handle(Inbound inbound, Consumer<Outcome> inTransaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Outcome outcome = turn(inbound);
                    inTransaction.accept(outcome);
                    return outcome;
                });
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // Rows are locked while a turn runs, so this is the first message of a chat racing another one, or a
                // write from outside a turn (a channel marking the chat unreachable): start again from what won.
                if (attempt >= properties.updateAttempts()) {
                    throw unavailable(inbound, e);
                }
                log.debug("Chat updated concurrently, turn tried again (attempt {})", attempt + 1);
            } catch (TransientDataAccessException | DataAccessResourceFailureException | RecoverableDataAccessException
                     | CannotCreateTransactionException e) {
                throw unavailable(inbound, e);
            }
        }
    }

    /** Erases everything kept for a chat. */
    public void forget(ChatId chat) {
        chats.deleteById(chat.value());
    }

    private ConversationUnavailableException unavailable(Inbound inbound, RuntimeException cause) {
        Language language = inbound.clientLanguage().orElse(Language.FR);
        log.error("Conversation state unavailable for a turn: {}", cause.toString());
        return new ConversationUnavailableException(language,
                answers.messages().get(language, "error.unavailable"), cause);
    }

    private Outcome turn(Inbound inbound) {
        String id = inbound.chat().value();
        Optional<Chat> stored = chats.findLockedById(id);
        Chat chat = stored.orElseGet(() -> Chat.start(id, inbound.clientLanguage().orElse(Language.FR), clock.instant()));
        Turn turn = new Turn(chat, chat.language(), clock.instant());
        if (inbound.input() instanceof Input.Text text) {
            onText(turn, text.text());
        } else if (inbound.input() instanceof Input.Press press) {
            onPress(turn, press.payload());
        } else {
            turn.reply(Reply.text(answers.messages().get(turn.language, "input.unsupported")));
        }
        if (turn.forget) {
            stored.ifPresent(existing -> chats.deleteById(id));
        } else {
            chats.save(turn.chat.withLanguage(turn.language).withActive(true).touchedAt(turn.now));
        }
        return turn.outcome();
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
            return;
        }
        boolean inQuiz = quiz.isActive(turn);
        Understanding understood = understanding.understand(text, turn.language);
        turn.language = understood.language();
        turn.classification = understood.classification();
        if (understood.normalized().isEmpty()) {
            turn.reply(answers.clarify(turn.language, List.of()));
        } else {
            followUps.resolve(understood, turn.chat.lastIntent()).ifPresentOrElse(
                    intent -> answer(turn, intent, new Question(turn.language, understood.normalized())),
                    () -> turn.reply(answers.clarify(turn.language, followUps.likely(understood))));
        }
        if (inQuiz) {
            quiz.askAgainIfActive(turn);
        }
    }

    private void onCommand(Turn turn, Command command) {
        switch (command.name()) {
            case "start" -> {
                if (command.argument().equalsIgnoreCase("quiz")) {
                    quiz.start(turn);
                } else {
                    answer(turn, Intent.GREETING, Question.about(turn.language));
                }
            }
            case "help" -> answer(turn, Intent.HELP, Question.about(turn.language));
            case "quiz" -> quiz.start(turn);
            case "cancel" -> quiz.cancel(turn);
            case "language" -> Language.fromCode(command.argument()).ifPresentOrElse(
                    language -> setLanguage(turn, language),
                    () -> turn.reply(Reply.of(answers.messages().get(turn.language, "language.choose"), List.of(
                            new com.careerbot.answer.Button("🇫🇷 Français", new Payload.SetLanguage(Language.FR).encode()),
                            new com.careerbot.answer.Button("🇬🇧 English", new Payload.SetLanguage(Language.EN).encode())))));
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
        if (pressed instanceof Payload.Ask ask) {
            boolean inQuiz = quiz.isActive(turn);
            answer(turn, ask.intent(), Question.about(turn.language));
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
            setLanguage(turn, set.language());
        }
    }

    private void answer(Turn turn, Intent intent, Question question) {
        turn.answered = intent;
        turn.reply(answers.answer(intent, question));
        if (Topics.SHEET_TOPICS.contains(intent)) {
            turn.chat = turn.chat.withLastIntent(intent);
        }
        if (intent == Intent.SUITABILITY && !quiz.isActive(turn)) {
            quiz.start(turn);
        }
    }

    private void setLanguage(Turn turn, Language language) {
        turn.language = language;
        turn.reply(Reply.of(answers.messages().get(language, "language.set"), answers.topics().menu(language)));
    }
}
