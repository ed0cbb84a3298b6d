package com.careerbot.telegram;

import com.careerbot.conversation.Inbound;

/** What to do with one update. */
sealed interface Route {

    /** Hand it to the conversation engine and send what it answers. */
    record Converse(long chatId, Inbound inbound, ReplyTarget target) implements Route {
    }

    /** The chat blocked (false) or unblocked (true) the bot. */
    record Reachability(long chatId, boolean reachable) implements Route {
    }

    /** A button press that cannot be answered in a chat (inline mode): only stop its spinner. */
    record Acknowledge(long userId, String callbackQueryId) implements Route {
    }

    /** Deliberately not answered: edits, channel posts, group chatter not addressed to the bot… */
    record Ignore(String reason) implements Route {
    }
}
