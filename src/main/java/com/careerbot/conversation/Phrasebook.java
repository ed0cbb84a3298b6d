package com.careerbot.conversation;

import java.util.ArrayList;
import java.util.List;

import com.careerbot.nlu.PhraseMatcher;
import com.careerbot.sheet.InvalidSheetException;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Phrases;
import com.careerbot.sheet.Scope;
import com.careerbot.sheet.Section;
import com.careerbot.sheet.SheetItem;
import com.careerbot.sheet.UncoveredTopic;

/**
 * The phrasings of the sheet and its scope, ready to be found in messages: which sheet facts a message asks for
 * (items, or a section as a whole), which uncovered topics, which jobs it names.
 *
 * @param facts     targets: item references ({@code myths.maths-genius}) and section ids ({@code skills-technical})
 * @param uncovered targets: ids of the scope's uncovered topics
 * @param otherJobs target {@value #JOB}: a job other than this one
 * @param sameJob   target {@value #JOB}: this job's own names
 * @param offTopic  target {@value #JOB}: a request out of scope whatever it mentions
 */
record Phrasebook(PhraseMatcher facts, PhraseMatcher uncovered, PhraseMatcher otherJobs, PhraseMatcher sameJob,
                  PhraseMatcher offTopic) {

    static final String JOB = "job";

    /** @throws InvalidSheetException when a phrasing has no word left once normalised, naming where it is */
    static Phrasebook of(JobSheet sheet, Scope scope) {
        List<String> problems = new ArrayList<>();
        PhraseMatcher.Builder facts = PhraseMatcher.builder();
        for (Section section : sheet.sections()) {
            add(facts, section.id(), section.ask(), "job sheet, section '" + section.id() + "', ask", problems);
            for (SheetItem item : section.items()) {
                add(facts, section.reference(item), item.ask(), "job sheet, section '" + section.id() + "', items["
                        + item.id() + "].ask", problems);
            }
        }
        PhraseMatcher.Builder uncovered = PhraseMatcher.builder();
        for (UncoveredTopic topic : scope.uncovered()) {
            add(uncovered, topic.id(), topic.ask(), "scope, uncovered '" + topic.id() + "', ask", problems);
        }
        PhraseMatcher.Builder otherJobs = PhraseMatcher.builder();
        add(otherJobs, JOB, scope.otherJobs(), "scope, otherJobs", problems);
        PhraseMatcher.Builder sameJob = PhraseMatcher.builder();
        add(sameJob, JOB, scope.sameJob(), "scope, sameJob", problems);
        PhraseMatcher.Builder offTopic = PhraseMatcher.builder();
        add(offTopic, JOB, scope.offTopic(), "scope, offTopic", problems);
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(String.join(System.lineSeparator(), problems));
        }
        return new Phrasebook(facts.build(), uncovered.build(), otherJobs.build(), sameJob.build(), offTopic.build());
    }

    private static void add(PhraseMatcher.Builder matcher, String target, Phrases phrases, String where,
                            List<String> problems) {
        for (Language language : Language.values()) {
            List<String> list = phrases.in(language);
            for (int i = 0; i < list.size(); i++) {
                try {
                    matcher.add(target, language, list.get(i));
                } catch (IllegalArgumentException e) {
                    problems.add(where + "." + language.code() + "[" + i + "]: " + e.getMessage());
                }
            }
        }
    }
}
