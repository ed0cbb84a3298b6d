package com.careerbot.telegram;

import java.util.Locale;

/** Who the bot is on Telegram, learnt with getMe at startup; needed to tell when a group message is for it. */
class BotIdentity {

    private volatile long id;
    private volatile String username;

    void learn(long botId, String botUsername) {
        this.id = botId;
        this.username = botUsername == null ? null : botUsername.toLowerCase(Locale.ROOT);
    }

    boolean is(Long userId) {
        return userId != null && userId == id;
    }

    /** The username without @, lower case, or null while unknown. */
    String username() {
        return username;
    }
}
