package com.careerbot.sheet;

import java.util.List;
import java.util.Optional;

/** The structured job sheet. Built by {@link JobSheetLoader}, which validates it. */
public record JobSheet(String id, Localized job, String source, List<Exclusion> excluded, List<Section> sections) {

    public JobSheet {
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** @throws IllegalArgumentException when the sheet has no such section */
    public Section section(String sectionId) {
        return sections.stream()
                .filter(section -> section.id().equals(sectionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The job sheet has no section '" + sectionId + "'"));
    }

    public boolean hasSection(String sectionId) {
        return sections.stream().anyMatch(section -> section.id().equals(sectionId));
    }

    /**
     * Finds an item by reference {@code section/item}.
     *
     * @return empty when the reference is malformed or names no item
     */
    public Optional<SheetItem> item(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String[] parts = reference.split("/", 2);
        return parts.length != 2 ? Optional.empty() : sections.stream()
                .filter(section -> section.id().equals(parts[0]))
                .flatMap(section -> section.items().stream())
                .filter(item -> item.id().equals(parts[1]))
                .findFirst();
    }
}
