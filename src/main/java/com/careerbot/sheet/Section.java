package com.careerbot.sheet;

import java.util.List;

/**
 * A section of the job sheet, cited by its stable {@code id}.
 *
 * @param paragraphs the section's introduction, shown before its items
 * @param layout     how the items read in a whole-section answer
 * @param itemFormat how one item reads, {@code {label}} and {@code {text}} standing for its label and text; null for
 *                   the default ("<b>label</b>: text", or whichever of the two the item has)
 * @param ask        phrasings that ask for this section as a whole ("technical skills"), rather than its topic
 */
public record Section(String id, Localized title, List<Localized> paragraphs, List<SheetItem> items,
                      Layout layout, Localized itemFormat, Phrases ask) {

    /** How a section's items are laid out when the whole section is shown. */
    public enum Layout {
        /** One bullet per item. */
        BULLETS,
        /** One paragraph per item, for sections made of sentences that follow one another. */
        PARAGRAPHS,
        /** The items' labels on one line after the introduction, for lists of names. */
        INLINE
    }

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
        layout = layout == null ? Layout.BULLETS : layout;
        ask = ask == null ? Phrases.NONE : ask;
    }

    /** The reference of one of this section's items, as answers cite it. */
    public String reference(SheetItem item) {
        return id + "." + item.id();
    }
}
