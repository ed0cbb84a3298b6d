package com.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.SheetItem;

/**
 * Lays sheet facts out as Telegram HTML: whole sections by their layout, or chosen items under their section's title,
 * each item with what gives it its meaning (a myth's statement before its rebuttal, a quality's name before its
 * sentence). Says which sections the facts come from.
 */
final class FactBlocks {

    private final JobSheet sheet;
    private final Messages messages;

    FactBlocks(JobSheet sheet, Messages messages) {
        this.sheet = sheet;
        this.messages = messages;
    }

    /** What a reply shows and cites. */
    record Facts(List<String> blocks, List<String> shown, Set<String> cited) {
    }

    /**
     * @param references section ids (the whole section) or item references ({@code section.item}), in display order
     * @param titled     whether each section's facts open with the section's title
     */
    Facts lay(List<String> references, Language language, boolean titled) {
        Map<Section, List<SheetItem>> bySection = new LinkedHashMap<>();
        Set<Section> whole = new LinkedHashSet<>();
        for (String reference : references) {
            Section section = sheet.sectionOf(reference);
            List<SheetItem> items = bySection.computeIfAbsent(section, key -> new ArrayList<>());
            if (reference.equals(section.id())) {
                whole.add(section);
                items.clear();
                items.addAll(section.items());
            } else {
                SheetItem item = sheet.item(reference).orElseThrow();
                if (!whole.contains(section) && !items.contains(item)) {
                    items.add(item);
                }
            }
        }
        List<String> blocks = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        bySection.forEach((section, items) -> {
            boolean complete = whole.contains(section);
            blocks.addAll(section(section, items, complete, titled, language));
            if (complete) {
                shown.add(section.id());
            } else {
                items.forEach(item -> shown.add(section.reference(item)));
            }
            items.forEach(item -> cited.addAll(item.sources().isEmpty() ? List.of(section.id()) : item.sources()));
        });
        return new Facts(blocks, shown, cited);
    }

    /** One item as it reads on its own, without its section's title. */
    String item(String reference, Language language) {
        Section section = sheet.sectionOf(reference);
        return line(section, sheet.item(reference).orElseThrow(), language);
    }

    private List<String> section(Section section, List<SheetItem> items, boolean complete, boolean titled,
                                 Language language) {
        List<String> blocks = new ArrayList<>();
        String intro = section.paragraphs().stream().map(paragraph -> Html.escape(paragraph.in(language)))
                .collect(Collectors.joining("\n"));
        // A name the introduction already says ("ou même en freelance") would only repeat it on a line of its own.
        List<String> lines = items.stream()
                .filter(item -> complete || item.text() != null || !mentions(intro, item.label().in(language)))
                .map(item -> line(section, item, language)).toList();
        // Items that are names only mean nothing without the introduction that says what they are names of.
        boolean needsIntro = complete || items.stream().anyMatch(item -> item.text() == null);
        String head = titled ? Html.bold(section.title().in(language)) : "";
        if (needsIntro && !intro.isEmpty()) {
            head = head.isEmpty() ? intro : head + "\n" + intro;
        }
        switch (section.layout()) {
            case INLINE -> blocks.add(lines.isEmpty() ? head : join(head, String.join(", ", lines) + "."));
            case PARAGRAPHS -> {
                if (complete && !head.isEmpty()) {
                    blocks.add(head);
                }
                blocks.addAll(complete ? lines : List.of(join(head, String.join("\n", lines))));
            }
            case BULLETS -> blocks.add(lines.isEmpty() ? head
                    : join(head, lines.size() == 1 && !complete ? lines.get(0) : Html.bullets(lines)));
        }
        return blocks;
    }

    private String line(Section section, SheetItem item, Language language) {
        String label = item.label() == null ? null : Html.escape(item.label().in(language));
        String text = item.text() == null ? null : Html.escape(item.text().in(language));
        if (section.itemFormat() != null) {
            return Html.escapeKeepingTags(section.itemFormat().in(language))
                    .replace("{label}", label == null ? "" : label)
                    .replace("{text}", text == null ? "" : text);
        }
        if (label != null && text != null) {
            return "<b>" + label + "</b>" + messages.get(language, "answer.colon") + text;
        }
        return text != null ? text : label;
    }

    private static boolean mentions(String intro, String label) {
        return intro.toLowerCase(Locale.ROOT).contains(Html.escape(label).toLowerCase(Locale.ROOT));
    }

    private static String join(String head, String body) {
        return head.isEmpty() ? body : head + "\n" + body;
    }
}
