package com.careerbot.conversation;

import java.time.Duration;
import java.util.Optional;

import com.careerbot.answer.Payload;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.QuizDefinition;
import com.careerbot.quiz.QuizSession;
import com.careerbot.quiz.TypedAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The quiz inside a conversation: starting, resuming, answering with buttons or words, cancelling, the result. */
final class QuizConversation {

    private static final Logger log = LoggerFactory.getLogger(QuizConversation.class);

    private final QuizDefinition quiz;
    private final QuizReplies replies;
    private final TypedAnswers typedAnswers;
    private final Duration timeToLive;

    QuizConversation(QuizDefinition quiz, QuizReplies replies, Duration timeToLive) {
        this.quiz = quiz;
        this.replies = replies;
        this.typedAnswers = new TypedAnswers(quiz);
        this.timeToLive = timeToLive;
    }

    /** {@code /quiz}, the quiz button, "is this job for me?": start, or offer to resume or to see the last result. */
    void start(Turn turn) {
        Optional<QuizSession> active = active(turn);
        if (active.isPresent()) {
            turn.reply(replies.resumeOffer(turn.language, active.get()));
        } else if (turn.chat.lastResult() != null) {
            turn.reply(replies.lastResultOffer(turn.language));
        } else {
            begin(turn);
        }
    }

    void restart(Turn turn) {
        active(turn);
        begin(turn);
    }

    void resume(Turn turn) {
        active(turn).ifPresentOrElse(session -> turn.reply(replies.question(turn.language, session)), () -> begin(turn));
    }

    void showResult(Turn turn) {
        if (turn.chat.lastResult() == null) {
            start(turn);
        } else {
            turn.reply(replies.result(turn.language, turn.chat.lastResult()));
        }
    }

    /** A tapped answer: recorded only if it belongs to the question now asked; otherwise stale, and nothing changes. */
    void answer(Turn turn, Payload.QuizAnswer pressed) {
        QuizSession before = turn.chat.quiz();
        Optional<QuizSession> active = active(turn);
        if (active.isEmpty() && before != null && before.isExpired(turn.now, timeToLive)) {
            return;
        }
        if (active.isEmpty() || !active.get().isCurrent(pressed.quizId(), pressed.question())
                || pressed.option() >= quiz.scale().size()) {
            turn.reply(replies.stale(turn.language));
            return;
        }
        turn.reply(replies.answered(turn.language, pressed.question(), pressed.option()).replacingOrigin());
        record(turn, active.get(), pressed.option());
    }

    /** @return whether the text was an answer to the quiz in progress (and was recorded) */
    boolean answerTyped(Turn turn, String text) {
        Optional<QuizSession> active = active(turn);
        Optional<Integer> option = typedAnswers.parse(text);
        if (active.isEmpty() || option.isEmpty()) {
            return false;
        }
        record(turn, active.get(), option.get());
        return true;
    }

    void cancel(Turn turn) {
        if (active(turn).isPresent()) {
            turn.chat = turn.chat.withQuiz(null);
            turn.milestones.add(Outcome.Milestone.QUIZ_CANCELLED);
            turn.reply(replies.cancelled(turn.language));
        } else {
            turn.reply(replies.nothingToCancel(turn.language));
        }
    }

    /** After a free question in the middle of the quiz, asks the current question again. */
    void askAgainIfActive(Turn turn) {
        active(turn).ifPresent(session -> turn.reply(replies.question(turn.language, session)));
    }

    boolean isActive(Turn turn) {
        return active(turn).isPresent();
    }

    private void begin(Turn turn) {
        QuizSession session = QuizSession.start(turn.language, turn.now);
        turn.chat = turn.chat.withQuiz(session);
        turn.milestones.add(Outcome.Milestone.QUIZ_STARTED);
        turn.reply(replies.intro(turn.language));
        turn.reply(replies.question(turn.language, session));
    }

    private void record(Turn turn, QuizSession session, int option) {
        QuizSession next = session.answer(option, quiz, turn.now);
        if (next.isComplete(quiz)) {
            CompletedQuiz completed = new CompletedQuiz(next.answers(), turn.now);
            turn.chat = turn.chat.withQuiz(null).withLastResult(completed);
            turn.milestones.add(Outcome.Milestone.QUIZ_COMPLETED);
            turn.reply(replies.result(turn.language, completed));
        } else {
            turn.chat = turn.chat.withQuiz(next);
            turn.reply(replies.question(turn.language, next));
        }
    }

    /**
     * The chat's quiz if it can go on. An expired quiz, or one the current definition no longer fits, is dropped
     * from the chat (and an expired one announced).
     */
    private Optional<QuizSession> active(Turn turn) {
        QuizSession session = turn.chat.quiz();
        if (session == null) {
            return Optional.empty();
        }
        if (!session.fits(quiz) || session.isComplete(quiz)) {
            log.info("Dropping a quiz in progress that the current quiz definition no longer fits");
            turn.chat = turn.chat.withQuiz(null);
            return Optional.empty();
        }
        if (session.isExpired(turn.now, timeToLive)) {
            turn.chat = turn.chat.withQuiz(null);
            turn.milestones.add(Outcome.Milestone.QUIZ_EXPIRED);
            turn.reply(replies.expired(turn.language));
            return Optional.empty();
        }
        return Optional.of(session);
    }
}
