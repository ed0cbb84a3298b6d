package com.careerbot.answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;

/** One composer per intent, and the replies that are about no single intent (clarification, menu). */
public final class Answers {

    private final Map<Intent, AnswerComposer> composers = new EnumMap<>(Intent.class);
    private final Messages messages;
    private final Topics topics;

    /** @throws IllegalStateException when an intent has no composer */
    public Answers(JobSheet sheet, Messages messages) {
        this.messages = messages;
        this.topics = new Topics(messages);
        List<AnswerComposer> all = List.of(
                new MessageComposer(Intent.GREETING, messages, topics, true),
                new MessageComposer(Intent.HELP, messages, topics, true),
                new MessageComposer(Intent.THANKS, messages, topics, false),
                new MessageComposer(Intent.GOODBYE, messages, topics, false),
                new MessageComposer(Intent.OUT_OF_SCOPE, messages, topics, true),
                new OverviewComposer(sheet, messages, topics),
                new MissionsComposer(sheet, messages, topics),
                new SalaryComposer(sheet, messages, topics),
                new StudiesComposer(sheet, messages, topics),
                new SkillsComposer(sheet, messages, topics),
                new SuitabilityComposer(sheet, messages, topics),
                new WorkplacesComposer(sheet, messages, topics),
                new MythsComposer(sheet, messages, topics),
                new EcologyComposer(sheet, messages, topics),
                new OutlookComposer(sheet, messages, topics),
                new ProsConsComposer(sheet, messages, topics));
        all.forEach(composer -> composers.put(composer.intent(), composer));
        for (Intent intent : Intent.values()) {
            if (!composers.containsKey(intent)) {
                throw new IllegalStateException("No answer composer for intent " + intent.wireName());
            }
        }
    }

    public Reply answer(Intent intent, Question question) {
        return composers.get(intent).compose(question);
    }

    /**
     * When the bot is unsure: offers the likely topics as buttons, or, when none is a sheet topic, says what it can
     * answer.
     */
    public Reply clarify(Language language, List<Intent> likely) {
        List<Intent> offered = likely.stream().filter(Topics.SHEET_TOPICS::contains).toList();
        if (offered.isEmpty()) {
            return Reply.of(messages.get(language, "answer.clarify.none"), topics.menu(language));
        }
        List<Button> buttons = new java.util.ArrayList<>(topics.ask(language, offered.toArray(Intent[]::new)));
        buttons.add(topics.ask(language, Intent.HELP));
        return Reply.of(messages.get(language, "answer.clarify"), buttons);
    }

    public Topics topics() {
        return topics;
    }

    public Messages messages() {
        return messages;
    }
}
