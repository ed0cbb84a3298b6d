package com.careerbot.answer;

import java.util.Arrays;
import java.util.List;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;

/** The topics the bot can talk about, as buttons. */
public final class Topics {

    private final Messages messages;

    public Topics(Messages messages) {
        this.messages = messages;
    }

    public Button ask(Language language, Intent intent) {
        return new Button(label(language, intent), new Payload.Ask(intent).encode());
    }

    public List<Button> ask(Language language, Intent... intents) {
        return Arrays.stream(intents).map(intent -> ask(language, intent)).toList();
    }

    public Button startQuiz(Language language) {
        return new Button(messages.get(language, "topic.quiz"), new Payload.StartQuiz().encode());
    }

    public String label(Language language, Intent intent) {
        return messages.get(language, "topic." + intent.wireName());
    }

    /** The main menu: the most asked topics and the quiz. */
    public List<Button> menu(Language language) {
        return List.of(ask(language, Intent.OVERVIEW), ask(language, Intent.SALARY), ask(language, Intent.STUDIES),
                ask(language, Intent.SKILLS), ask(language, Intent.MYTHS), startQuiz(language));
    }
}
