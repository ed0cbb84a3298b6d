package com.careerbot.sheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a job sheet can be served: ids present and unique, every text present and non-blank in every language,
 * derived items pointing at existing sections, topics naming existing sections and items.
 */
final class SheetValidator {

    private SheetValidator() {
    }

    /** @throws InvalidSheetException listing every problem found, each naming the file, section and field */
    static JobSheet validate(String file, JobSheet sheet) {
        Problems problems = new Problems(file);
        problems.requireText(sheet.id(), "sheet", "id");
        problems.requireLocalized(sheet.job(), "sheet", "job");
        for (int i = 0; i < sheet.excluded().size(); i++) {
            problems.requireText(sheet.excluded().get(i).seedSection(), "sheet", "excluded[" + i + "].seedSection");
            problems.requireText(sheet.excluded().get(i).reason(), "sheet", "excluded[" + i + "].reason");
        }
        if (sheet.sections().isEmpty()) {
            problems.add("sheet", "sections", "is empty");
        }
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < sheet.sections().size(); i++) {
            Section section = sheet.sections().get(i);
            String where = "section " + (section.id() == null || section.id().isBlank() ? "#" + (i + 1) : "'" + section.id() + "'");
            if (problems.requireText(section.id(), where, "id") && !sectionIds.add(section.id())) {
                problems.add(where, "id", "is used by another section");
            }
            checkSection(section, where, problems);
        }
        for (Section section : sheet.sections()) {
            for (SheetItem item : section.items()) {
                for (String source : item.sources()) {
                    if (!sectionIds.contains(source)) {
                        problems.add("section '" + section.id() + "'", "items[" + item.id() + "].sources",
                                "names section '" + source + "', which does not exist");
                    }
                }
            }
        }
        checkTopics(sheet, problems);
        problems.throwIfAny();
        return sheet;
    }

    private static void checkSection(Section section, String where, Problems problems) {
        problems.requireLocalized(section.title(), where, "title");
        for (int i = 0; i < section.paragraphs().size(); i++) {
            problems.requireLocalized(section.paragraphs().get(i), where, "paragraphs[" + i + "]");
        }
        if (section.items().isEmpty()) {
            problems.add(where, "items", "is empty: the section states no fact an answer can cite");
        }
        if (section.itemFormat() != null) {
            problems.requireLocalized(section.itemFormat(), where, "itemFormat");
            for (Language language : Language.values()) {
                String format = section.itemFormat().in(language);
                if (format != null && !format.contains("{label}") && !format.contains("{text}")) {
                    problems.add(where, "itemFormat." + language.code(), "uses neither {label} nor {text}");
                }
            }
        }
        requirePhrases(section.ask(), where, "ask", problems);
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < section.items().size(); i++) {
            SheetItem item = section.items().get(i);
            String field = "items[" + (item.id() == null || item.id().isBlank() ? String.valueOf(i) : item.id()) + "]";
            if (problems.requireText(item.id(), where, field + ".id") && !itemIds.add(item.id())) {
                problems.add(where, field + ".id", "is used by another item of the section");
            }
            if (item.id() != null && item.id().contains(".")) {
                problems.add(where, field + ".id", "contains a dot, which separates section and item in references");
            }
            if (item.label() == null && item.text() == null) {
                problems.add(where, field, "has neither label nor text");
            }
            if (item.label() != null) {
                problems.requireLocalized(item.label(), where, field + ".label");
            }
            if (item.text() != null) {
                problems.requireLocalized(item.text(), where, field + ".text");
            }
            requirePhrases(item.ask(), where, field + ".ask", problems);
            for (Map.Entry<String, Integer> figure : item.figures().entrySet()) {
                if (figure.getValue() == null || figure.getValue() <= 0) {
                    problems.add(where, field + ".figures." + figure.getKey(), "must be a positive number");
                }
            }
        }
    }

    /** Phrasings, when given, are given in every language: a fact reachable in French only is a broken promise. */
    static void requirePhrases(Phrases phrases, String where, String field, Problems problems) {
        if (phrases.isEmpty()) {
            return;
        }
        for (Language language : Language.values()) {
            List<String> list = phrases.in(language);
            if (list.isEmpty()) {
                problems.add(where, field + "." + language.code(), "is empty while the other language has phrasings");
            }
            for (int i = 0; i < list.size(); i++) {
                problems.requireText(list.get(i), where, field + "." + language.code() + "[" + i + "]");
            }
        }
    }

    private static void checkTopics(JobSheet sheet, Problems problems) {
        Map<String, String> topicOfSection = new HashMap<>();
        Set<String> intents = new HashSet<>();
        for (int i = 0; i < sheet.topics().size(); i++) {
            Topic topic = sheet.topics().get(i);
            String where = "topic " + (topic.intent() == null || topic.intent().isBlank() ? "#" + (i + 1) : "'" + topic.intent() + "'");
            if (problems.requireText(topic.intent(), where, "intent") && !intents.add(topic.intent())) {
                problems.add(where, "intent", "has another topic already");
            }
            if (topic.sections().isEmpty() && topic.show().isEmpty()) {
                problems.add(where, "sections/show", "are both empty: the topic has nothing to answer with");
            }
            for (String section : topic.sections()) {
                if (!sheet.hasSection(section)) {
                    problems.add(where, "sections", "names section '" + section + "', which does not exist");
                } else {
                    String other = topicOfSection.putIfAbsent(section, topic.intent());
                    if (other != null) {
                        problems.add(where, "sections", "claims section '" + section + "', which topic '" + other
                                + "' holds already");
                    }
                }
            }
            for (String shown : topic.show()) {
                if (!sheet.hasSection(shown) && sheet.item(shown).isEmpty()) {
                    problems.add(where, "show", "names '" + shown + "', which is neither a section nor an item (section.item)");
                }
            }
            if (topic.title() != null) {
                problems.requireLocalized(topic.title(), where, "title");
            }
        }
        for (int i = 0; i < sheet.topics().size(); i++) {
            Topic topic = sheet.topics().get(i);
            for (String next : topic.followUps()) {
                if (!intents.contains(next)) {
                    problems.add("topic '" + topic.intent() + "'", "followUps", "names '" + next + "', which has no topic");
                }
            }
        }
    }
}
