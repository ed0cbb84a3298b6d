package com.careerbot.conversation;

import com.careerbot.sheet.Language;

/**
 * The conversation state could not be read or written (database unreachable). Channels apologise to the user with
 * {@link #apology()} and try again later; nothing of the turn was kept.
 */
public class ConversationUnavailableException extends RuntimeException {

    private final Language language;
    private final String apology;

    ConversationUnavailableException(Language language, String apology, Throwable cause) {
        super("The conversation store is unavailable: " + cause.getClass().getSimpleName(), cause);
        this.language = language;
        this.apology = apology;
    }

    public Language language() {
        return language;
    }

    /** A short apology in the user's language, safe Telegram HTML. */
    public String apology() {
        return apology;
    }
}
