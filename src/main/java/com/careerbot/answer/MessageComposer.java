package com.careerbot.answer;

import java.util.List;

import com.careerbot.nlu.Intent;

/** Small talk and guidance (greeting, help, thanks, goodbye, out of scope): the bot's own words, no sheet facts. */
final class MessageComposer {

    private final Intent intent;
    private final Messages messages;
    private final Topics topics;
    private final boolean withMenu;

    MessageComposer(Intent intent, Messages messages, Topics topics, boolean withMenu) {
        this.intent = intent;
        this.messages = messages;
        this.topics = topics;
        this.withMenu = withMenu;
    }

    Reply compose(Question question) {
        return Reply.of(messages.get(question.language(), "answer." + intent.wireName()),
                withMenu ? topics.menu(question.language()) : List.of());
    }
}
