package com.careerbot.sheet;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a job sheet can be served: ids present and unique, every text present and non-blank in every language,
 * derived items pointing at existing sections.
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
        problems.throwIfAny();
        return sheet;
    }

    private static void checkSection(Section section, String where, Problems problems) {
        problems.requireLocalized(section.title(), where, "title");
        for (int i = 0; i < section.paragraphs().size(); i++) {
            problems.requireLocalized(section.paragraphs().get(i), where, "paragraphs[" + i + "]");
        }
        if (section.paragraphs().isEmpty() && section.items().isEmpty()) {
            problems.add(where, "paragraphs/items", "are both empty: the section says nothing");
        }
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < section.items().size(); i++) {
            SheetItem item = section.items().get(i);
            String field = "items[" + (item.id() == null || item.id().isBlank() ? String.valueOf(i) : item.id()) + "]";
            if (problems.requireText(item.id(), where, field + ".id") && !itemIds.add(item.id())) {
                problems.add(where, field + ".id", "is used by another item of the section");
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
        }
        for (Map.Entry<String, Integer> figure : section.figures().entrySet()) {
            if (figure.getValue() == null || figure.getValue() <= 0) {
                problems.add(where, "figures." + figure.getKey(), "must be a positive number");
            }
        }
    }
}
