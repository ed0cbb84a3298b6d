package com.careerbot.telegram;

import java.util.ArrayList;
import java.util.List;

import com.careerbot.answer.Reply;
import com.careerbot.conversation.Outcome;

/** The engine's replies as Bot API calls: the button press acknowledged first, then edits and new messages in order. */
final class ReplyMapper {

    private ReplyMapper() {
    }

    static List<Outgoing> calls(ReplyTarget target, Outcome outcome) {
        return calls(target, outcome.replies());
    }

    static List<Outgoing> calls(ReplyTarget target, List<Reply> replies) {
        List<Outgoing> calls = new ArrayList<>();
        if (target.callbackQueryId() != null) {
            calls.add(Outgoing.answerCallback(target.chatId(), target.callbackQueryId()));
        }
        for (Reply reply : replies) {
            calls.add(reply.replacesOrigin() && target.originMessageId() != null
                    ? Outgoing.edit(target.chatId(), target.originMessageId(), reply.html())
                    : Outgoing.send(target.chatId(), reply.html(), reply.buttons()));
        }
        return calls;
    }
}
