package com.careerbot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.Topic;
import com.careerbot.sheet.UncoveredTopic;

/**
 * Every reply the bot composes: the sheet's topics as a whole, the facts a specific question asks for, what the sheet
 * does not say, small talk, and the clarification when the bot is unsure.
 */
public final class Answers {

    /** Intents answered in the bot's own words; every other intent is a topic of the sheet. */
    public static final Set<Intent> SMALL_TALK = Set.of(Intent.GREETING, Intent.HELP, Intent.THANKS, Intent.GOODBYE,
            Intent.OUT_OF_SCOPE);

    private final Map<Intent, MessageComposer> smallTalk = new EnumMap<>(Intent.class);
    private final Map<Intent, Topic> sheetTopics = new EnumMap<>(Intent.class);
    /** Per section id and item reference, the topics that hold it: asked at every turn, so computed once. */
    private final Map<String, List<Intent>> topicsOf = new HashMap<>();
    private final JobSheet sheet;
    private final Messages messages;
    private final Topics topics;
    private final SheetAnswers sheetAnswers;

    /**
     * @throws IllegalStateException when an intent has no topic in the sheet, a topic names no intent, or a section
     *                               belongs to no topic (its facts could not offer their whole section)
     */
    public Answers(JobSheet sheet, Messages messages) {
        this.sheet = sheet;
        this.messages = messages;
        this.topics = new Topics(messages);
        this.sheetAnswers = new SheetAnswers(sheet, messages, topics);
        for (Intent intent : SMALL_TALK) {
            boolean withMenu = intent != Intent.THANKS && intent != Intent.GOODBYE;
            smallTalk.put(intent, new MessageComposer(intent, messages, topics, withMenu));
        }
        List<String> problems = new ArrayList<>();
        for (Topic topic : sheet.topics()) {
            Optional<Intent> intent = Intent.fromWireName(topic.intent());
            if (intent.isEmpty() || SMALL_TALK.contains(intent.get())) {
                problems.add("topics[" + topic.intent() + "].intent names no topic intent of intents/");
            }
            intent.ifPresent(found -> sheetTopics.put(found, topic));
            topic.followUps().stream().filter(next -> Intent.fromWireName(next).isEmpty())
                    .forEach(next -> problems.add("topics[" + topic.intent() + "].followUps names '" + next
                            + "', which is no intent"));
        }
        for (Intent intent : Intent.values()) {
            if (!SMALL_TALK.contains(intent) && !sheetTopics.containsKey(intent)) {
                problems.add("topics: no topic answers intent '" + intent.wireName() + "'");
            }
        }
        sheet.sections().stream().filter(section -> sheet.topicOf(section.id()).isEmpty())
                .forEach(section -> problems.add("sections[" + section.id() + "] belongs to no topic's sections"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The job sheet does not fit the intents: " + String.join("; ", problems));
        }
        for (Section section : sheet.sections()) {
            topicsOf.put(section.id(), holders(section.id(), section.id()));
            section.items().forEach(item -> topicsOf.put(section.reference(item),
                    holders(section.id(), section.reference(item))));
        }
    }

    private List<Intent> holders(String section, String reference) {
        return sheetTopics.entrySet().stream()
                .filter(entry -> entry.getValue().sections().contains(section)
                        || entry.getValue().show().contains(section) || entry.getValue().show().contains(reference))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The answer to a topic as a whole, or the small talk reply. */
    public Reply topic(Intent intent, Question question) {
        MessageComposer composer = smallTalk.get(intent);
        return composer != null ? composer.compose(question) : sheetAnswers.topic(sheetTopics.get(intent), question);
    }

    /**
     * The facts a specific question asks for.
     *
     * @param references item references ({@code section.item}) or one section id
     */
    public Reply facts(List<String> references, Question question) {
        return sheetAnswers.facts(references, question);
    }

    /**
     * @param asked the facts the question asked about that the sheet does state (the salary of a senior, in "salary
     *              of a senior in Paris"): shown first among the closest facts
     */
    public Reply uncovered(UncoveredTopic uncovered, List<String> asked, Question question) {
        return sheetAnswers.uncovered(uncovered, asked, question);
    }

    /** One item as it reads on its own, with what gives it its meaning; HTML. */
    public String item(String reference, Language language) {
        return sheetAnswers.item(reference, language);
    }

    public boolean isSheetTopic(Intent intent) {
        return sheetTopics.containsKey(intent);
    }

    /** The sheet topics whose sections or broad answer hold this item or section; never empty once validated. */
    public List<Intent> topicsOf(String reference) {
        return topicsOf.getOrDefault(reference, List.of());
    }

    /**
     * When the bot is unsure: offers the likely topics as buttons, or, when none is a sheet topic, says what it can
     * answer.
     */
    public Reply clarify(Language language, List<Intent> likely) {
        List<Intent> offered = likely.stream().filter(this::isSheetTopic).toList();
        if (offered.isEmpty()) {
            return Reply.of(messages.get(language, "answer.clarify.none"), topics.menu(language));
        }
        List<Button> buttons = new ArrayList<>(topics.ask(language, offered.toArray(Intent[]::new)));
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
