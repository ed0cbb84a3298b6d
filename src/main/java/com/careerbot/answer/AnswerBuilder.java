package com.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;

/** Assembles a reply: blocks of HTML, the sheet facts they show, a source line naming where they come from, buttons. */
final class AnswerBuilder {

    private final JobSheet sheet;
    private final Messages messages;
    private final Language language;
    private final List<String> blocks = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final Set<String> cited = new LinkedHashSet<>();
    private final List<Button> buttons = new ArrayList<>();

    AnswerBuilder(JobSheet sheet, Messages messages, Language language) {
        this.sheet = sheet;
        this.messages = messages;
        this.language = language;
    }

    /** A block the caller has already made safe HTML. */
    AnswerBuilder html(String html) {
        blocks.add(html);
        return this;
    }

    AnswerBuilder facts(FactBlocks.Facts facts) {
        blocks.addAll(facts.blocks());
        shown.addAll(facts.shown());
        cited.addAll(facts.cited());
        return this;
    }

    AnswerBuilder buttons(List<Button> more) {
        buttons.addAll(more);
        return this;
    }

    /**
     * The reply, whose sources list the sections and items it shows (an item standing for its own section), then the
     * other sections it cites.
     */
    Reply build() {
        List<String> all = new ArrayList<>(blocks);
        if (!cited.isEmpty()) {
            String titles = cited.stream()
                    .map(id -> messages.get(language, "answer.quoted", sheet.section(id).title().in(language)))
                    .collect(Collectors.joining(", "));
            all.add(Html.italic(messages.get(language, "answer.source", titles)));
        }
        Set<String> sources = new LinkedHashSet<>(shown);
        cited.stream().filter(section -> shown.stream().noneMatch(reference -> reference.startsWith(section + ".")))
                .forEach(sources::add);
        return new Reply(String.join("\n\n", all), buttons, false, List.copyOf(sources));
    }
}
