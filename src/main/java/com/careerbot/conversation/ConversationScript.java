package com.careerbot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.DataFiles;
import com.careerbot.sheet.InvalidSheetException;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Problems;
import com.careerbot.sheet.Scope;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.core.io.Resource;

/**
 * Conversations written with what each turn must get, to measure the bot at the level users judge it: the answer they
 * read. Format: docs/understanding.md.
 */
record ConversationScript(List<Scripted> conversations) {

    /** The kinds of turns pass rates are reported for. */
    static final List<String> KINDS = List.of("focused", "section", "uncovered", "out_of_scope", "follow_up", "mixed");

    ConversationScript {
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
    }

    /** A fresh chat; {@code lang} is also the language the user's app reports. */
    record Scripted(String id, String lang, List<ScriptedTurn> turns) {

        Scripted {
            turns = turns == null ? List.of() : List.copyOf(turns);
        }

        Language language() {
            return Language.fromCode(lang).orElseThrow();
        }
    }

    record ScriptedTurn(String say, String kind, Expectation expect) {
    }

    /**
     * @param outcome  the acceptable kinds of answer ({@link Outcome.Kind} names in lower case); one or several
     * @param intent   the topic answered, if it matters
     * @param items    item references the reply must cite
     * @param sections section ids the reply must cite
     * @param forbid   item references or section ids the reply must not cite
     */
    record Expectation(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> outcome,
                       String intent, List<String> items, List<String> sections, String uncovered,
                       List<String> forbid) {

        Expectation {
            outcome = outcome == null ? List.of() : List.copyOf(outcome);
            items = items == null ? List.of() : List.copyOf(items);
            sections = sections == null ? List.of() : List.copyOf(sections);
            forbid = forbid == null ? List.of() : List.copyOf(forbid);
        }

        Set<Outcome.Kind> kinds() {
            return Set.copyOf(outcome.stream().map(name -> Outcome.Kind.valueOf(name.toUpperCase(Locale.ROOT))).toList());
        }
    }

    /** @throws InvalidSheetException naming the conversation and turn of every problem */
    static ConversationScript read(Resource resource, JobSheet sheet, Scope scope) {
        ConversationScript script = DataFiles.read(resource, ConversationScript.class);
        Problems problems = new Problems(resource.getDescription());
        Set<String> ids = new HashSet<>();
        for (Scripted conversation : script.conversations()) {
            String where = "conversation '" + conversation.id() + "'";
            if (problems.requireText(conversation.id(), where, "id") && !ids.add(conversation.id())) {
                problems.add(where, "id", "is used by another conversation");
            }
            if (Language.fromCode(conversation.lang()).filter(language -> language.code().equals(conversation.lang()))
                    .isEmpty()) {
                problems.add(where, "lang", "must be fr or en");
            }
            if (conversation.turns().isEmpty()) {
                problems.add(where, "turns", "is empty");
            }
            for (int i = 0; i < conversation.turns().size(); i++) {
                check(conversation.turns().get(i), where + ", turn " + (i + 1), sheet, scope, problems);
            }
        }
        problems.throwIfAny();
        return script;
    }

    private static void check(ScriptedTurn turn, String where, JobSheet sheet, Scope scope, Problems problems) {
        problems.requireText(turn.say(), where, "say");
        if (!KINDS.contains(turn.kind())) {
            problems.add(where, "kind", "must be one of " + KINDS + ": '" + turn.kind() + "'");
        }
        if (turn.expect() == null || turn.expect().outcome().isEmpty()) {
            problems.add(where, "expect.outcome", "is missing");
            return;
        }
        Expectation expect = turn.expect();
        for (String outcome : expect.outcome()) {
            try {
                Outcome.Kind.valueOf(outcome.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where, "expect.outcome", "names no outcome: '" + outcome + "'");
            }
        }
        if (expect.intent() != null && Intent.fromWireName(expect.intent()).isEmpty()) {
            problems.add(where, "expect.intent", "names no intent: '" + expect.intent() + "'");
        }
        for (String reference : expect.items()) {
            if (sheet.item(reference).isEmpty()) {
                problems.add(where, "expect.items", "names no item of the sheet: '" + reference + "'");
            }
        }
        for (String reference : Stream.concat(expect.sections().stream(), expect.forbid().stream()).toList()) {
            if (!sheet.hasSection(reference) && sheet.item(reference).isEmpty()) {
                problems.add(where, "expect", "names neither a section nor an item: '" + reference + "'");
            }
        }
        if (expect.uncovered() != null && scope.uncovered(expect.uncovered()).isEmpty()) {
            problems.add(where, "expect.uncovered", "names no uncovered topic of the scope: '" + expect.uncovered() + "'");
        }
    }
}
