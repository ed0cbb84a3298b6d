package com.careerbot.sheet;

import java.util.List;
import java.util.Map;

/**
 * A section of the job sheet, cited by its stable {@code id}.
 *
 * @param figures numbers that answers may compute with (salary amounts), keyed by name
 */
public record Section(String id, Localized title, List<Localized> paragraphs, List<SheetItem> items,
                      Map<String, Integer> figures) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** @throws IllegalArgumentException when the section has no such item */
    public SheetItem item(String itemId) {
        return items.stream()
                .filter(item -> item.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Section '" + id + "' has no item '" + itemId + "'"));
    }

    /** @throws IllegalArgumentException when the section has no such figure */
    public int figure(String name) {
        Integer value = figures.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Section '" + id + "' has no figure '" + name + "'");
        }
        return value;
    }
}
