package com.careerbot.telegram;

import java.util.List;

import com.careerbot.answer.Button;

/**
 * One Bot API call to make, in the form kept in the outbox.
 *
 * @param messageId       the message to edit ({@link Kind#EDIT})
 * @param callbackQueryId the button press to acknowledge ({@link Kind#ANSWER_CALLBACK})
 * @param html            the text, Telegram HTML; null for {@link Kind#ANSWER_CALLBACK}
 */
record Outgoing(Kind kind, long chatId, Integer messageId, String callbackQueryId, String html, List<Button> buttons) {

    enum Kind { SEND, EDIT, ANSWER_CALLBACK }

    Outgoing {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    static Outgoing send(long chatId, String html, List<Button> buttons) {
        return new Outgoing(Kind.SEND, chatId, null, null, html, buttons);
    }

    static Outgoing edit(long chatId, int messageId, String html) {
        return new Outgoing(Kind.EDIT, chatId, messageId, null, html, List.of());
    }

    static Outgoing answerCallback(long chatId, String callbackQueryId) {
        return new Outgoing(Kind.ANSWER_CALLBACK, chatId, null, callbackQueryId, null, List.of());
    }
}
