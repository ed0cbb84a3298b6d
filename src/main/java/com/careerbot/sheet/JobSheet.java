package com.careerbot.sheet;

import java.util.List;
import java.util.Optional;

/** The structured job sheet. Built by {@link JobSheetLoader}, which validates it. */
public record JobSheet(String id, Localized job, String source, List<Exclusion> excluded, List<Section> sections,
                       List<Topic> topics) {

    public JobSheet {
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        sections = sections == null ? List.of() : List.copyOf(sections);
        topics = topics == null ? List.of() : List.copyOf(topics);
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
     * Finds an item by reference {@code section.item}.
     *
     * @return empty when the reference is malformed or names no item
     */
    public Optional<SheetItem> item(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String[] parts = reference.split("\\.", 2);
        return parts.length != 2 ? Optional.empty() : sections.stream()
                .filter(section -> section.id().equals(parts[0]))
                .flatMap(section -> section.items().stream())
                .filter(item -> item.id().equals(parts[1]))
                .findFirst();
    }

    /** The section of an item reference {@code section.item}, or the section a section id names. */
    public Section sectionOf(String reference) {
        int dot = reference.indexOf('.');
        return section(dot < 0 ? reference : reference.substring(0, dot));
    }

    /** The topic whose facts a section holds, if any. */
    public Optional<Topic> topicOf(String sectionId) {
        return topics.stream().filter(topic -> topic.sections().contains(sectionId)).findFirst();
    }

    public Optional<Topic> topic(String intent) {
        return topics.stream().filter(topic -> topic.intent().equals(intent)).findFirst();
    }
}
