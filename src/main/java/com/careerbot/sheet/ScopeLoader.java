package com.careerbot.sheet;

import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.Resource;

/** Reads the scope file next to the sheet and checks it against the sheet. */
public final class ScopeLoader {

    private ScopeLoader() {
    }

    /** @throws InvalidSheetException naming the file, the place and the field of every problem */
    public static Scope load(Resource resource, JobSheet sheet) {
        Scope scope = DataFiles.read(resource, Scope.class);
        Problems problems = new Problems(resource.getDescription());
        if (scope.sameJob().isEmpty()) {
            problems.add("scope", "sameJob", "is empty: comparisons with other jobs could not be told apart");
        }
        SheetValidator.requirePhrases(scope.sameJob(), "scope", "sameJob", problems);
        SheetValidator.requirePhrases(scope.otherJobs(), "scope", "otherJobs", problems);
        SheetValidator.requirePhrases(scope.offTopic(), "scope", "offTopic", problems);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scope.uncovered().size(); i++) {
            UncoveredTopic topic = scope.uncovered().get(i);
            String where = "uncovered " + (topic.id() == null || topic.id().isBlank() ? "#" + (i + 1) : "'" + topic.id() + "'");
            if (problems.requireText(topic.id(), where, "id") && !ids.add(topic.id())) {
                problems.add(where, "id", "is used by another uncovered topic");
            }
            problems.requireLocalized(topic.subject(), where, "subject");
            if (topic.ask().isEmpty()) {
                problems.add(where, "ask", "is empty: no question would ever reach this topic");
            }
            SheetValidator.requirePhrases(topic.ask(), where, "ask", problems);
            if (topic.when() != null && sheet.topic(topic.when()).isEmpty()) {
                problems.add(where, "when", "names '" + topic.when() + "', which is no topic of the sheet");
            }
            for (String closest : topic.closest()) {
                if (sheet.item(closest).isEmpty()) {
                    problems.add(where, "closest", "names no item of the job sheet: '" + closest + "' (expected section.item)");
                }
            }
        }
        problems.throwIfAny();
        return scope;
    }
}
