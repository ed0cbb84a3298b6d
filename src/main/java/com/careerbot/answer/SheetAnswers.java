package com.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Topic;
import com.careerbot.sheet.UncoveredTopic;

/**
 * Answers from the sheet, laid out as its data says: a topic as a whole, the one or two facts a specific question
 * asks for, or a plain "the sheet does not say" followed by the closest facts it does state.
 */
final class SheetAnswers {

    /** A focused answer offers the whole section, then this many of the topic's follow-ups. */
    private static final int FOCUSED_FOLLOW_UPS = 2;
    /** "The sheet does not say" is followed by this many of the closest facts at most. */
    private static final int MAX_CLOSEST = 2;

    private final JobSheet sheet;
    private final Messages messages;
    private final Topics topics;
    private final FactBlocks facts;
    private final YearlyFigures yearly;

    SheetAnswers(JobSheet sheet, Messages messages, Topics topics) {
        this.sheet = sheet;
        this.messages = messages;
        this.topics = topics;
        this.facts = new FactBlocks(sheet, messages);
        this.yearly = new YearlyFigures(sheet, messages);
    }

    /** What a broad question about the topic gets. */
    Reply topic(Topic topic, Question question) {
        Language language = question.language();
        AnswerBuilder answer = answer(language);
        if (topic.title() != null) {
            answer.html(Html.bold(topic.title().in(language)));
        }
        FactBlocks.Facts shown = facts.lay(topic.show(), language, topic.title() == null);
        answer.facts(shown);
        yearly.lines(shown.shown(), question).ifPresent(answer::html);
        return answer.buttons(followUps(topic, language)).build();
    }

    private List<Button> followUps(Topic topic, Language language) {
        List<Button> buttons = new ArrayList<>(topics.ask(language, intents(topic.followUps())));
        if (topic.offersQuiz()) {
            buttons.add(topics.startQuiz(language));
        }
        return buttons;
    }

    /**
     * What a specific question gets: the facts that answer it under their section's title, and a button for the
     * whole section; or sections asked for by name, with the topic's follow-ups.
     *
     * @param references item references ({@code section.item}), or section ids
     */
    Reply facts(List<String> references, Question question) {
        Language language = question.language();
        AnswerBuilder answer = answer(language);
        FactBlocks.Facts shown = facts.lay(references, language, true);
        answer.facts(shown);
        yearly.lines(shown.shown(), question).ifPresent(answer::html);
        boolean wholeSections = references.stream().noneMatch(reference -> reference.contains("."));
        if (wholeSections) {
            Topic topic = sheet.topicOf(references.get(0)).orElseThrow();
            return answer.buttons(followUps(topic, language)).build();
        }
        return answer.buttons(more(references.get(0), language)).build();
    }

    /**
     * What a question the sheet does not answer gets: that plainly first, then the closest facts, if any: those the
     * question asked about, then those the data names as closest.
     */
    Reply uncovered(UncoveredTopic uncovered, List<String> asked, Question question) {
        Language language = question.language();
        AnswerBuilder answer = answer(language)
                .html(messages.get(language, "answer.uncovered", Html.escape(uncovered.subject().in(language))));
        List<String> closest = Stream.concat(asked.stream(), uncovered.closest().stream()).distinct()
                .limit(MAX_CLOSEST).toList();
        if (closest.isEmpty()) {
            return answer.html(messages.get(language, "answer.uncovered.none")).buttons(topics.menu(language)).build();
        }
        answer.html(messages.get(language, "answer.uncovered.closest")).facts(facts.lay(closest, language, true));
        return answer.buttons(more(closest.get(0), language)).build();
    }

    /** The item alone, with what gives it its meaning, for replies that quote it (the quiz's tips). */
    String item(String reference, Language language) {
        return facts.item(reference, language);
    }

    /** "The whole section", then the first follow-ups of the topic the reference belongs to. */
    private List<Button> more(String reference, Language language) {
        Topic topic = sheet.topicOf(sheet.sectionOf(reference).id()).orElseThrow();
        Intent intent = Intent.fromWireName(topic.intent()).orElseThrow();
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(messages.get(language, "answer.more"), new Payload.Ask(intent).encode()));
        Stream.of(intents(topic.followUps())).limit(FOCUSED_FOLLOW_UPS)
                .forEach(next -> buttons.add(topics.ask(language, next)));
        return buttons;
    }

    private AnswerBuilder answer(Language language) {
        return new AnswerBuilder(sheet, messages, language);
    }

    private static Intent[] intents(List<String> names) {
        return names.stream().map(name -> Intent.fromWireName(name).orElseThrow()).toArray(Intent[]::new);
    }
}
