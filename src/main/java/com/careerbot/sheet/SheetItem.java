package com.careerbot.sheet;

import java.util.List;
import java.util.Map;

/**
 * One fact of a section: a mission, a quality, a myth with its rebuttal… Cited as {@code section.item}.
 *
 * @param label   short name, or null when the entry is a sentence only
 * @param text    the entry's sentence, or null when the entry is a name only
 * @param sources ids of the sections a derived entry restates; empty for entries taken from the seed as they are
 * @param ask     the words and phrasings that point to this item; empty when only the whole section answers it
 * @param figures numbers answers may compute with (a monthly salary), keyed by name
 */
public record SheetItem(String id, Localized label, Localized text, List<String> sources, Phrases ask,
                        Map<String, Integer> figures) {

    public SheetItem {
        sources = sources == null ? List.of() : List.copyOf(sources);
        ask = ask == null ? Phrases.NONE : ask;
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
