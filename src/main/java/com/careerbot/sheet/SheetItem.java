package com.careerbot.sheet;

import java.util.List;

/**
 * One entry of a section: a mission, a quality, a myth with its rebuttal…
 *
 * @param label   short name, or null when the entry is a sentence only
 * @param text    the entry's sentence, or null when the entry is a name only
 * @param sources ids of the sections a derived entry restates; empty for entries taken from the seed as they are
 */
public record SheetItem(String id, Localized label, Localized text, List<String> sources) {

    public SheetItem {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
