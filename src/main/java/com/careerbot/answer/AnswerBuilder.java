package com.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Localized;

/** Assembles a reply: a bold title, blocks of escaped sheet text, a source line and follow-up buttons. */
final class AnswerBuilder {

    private final JobSheet sheet;
    private final Messages messages;
    private final Language language;
    private final List<String> blocks = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Button> buttons = new ArrayList<>();

    AnswerBuilder(JobSheet sheet, Messages messages, Language language) {
        this.sheet = sheet;
        this.messages = messages;
        this.language = language;
    }

    AnswerBuilder title(String text) {
        blocks.add(Html.bold(text));
        return this;
    }

    AnswerBuilder paragraph(Localized text) {
        blocks.add(Html.escape(text.in(language)));
        return this;
    }

    /** A block the caller has already made safe HTML. */
    AnswerBuilder html(String html) {
        blocks.add(html);
        return this;
    }

    AnswerBuilder bullets(List<String> itemsHtml) {
        blocks.add(Html.bullets(itemsHtml));
        return this;
    }

    AnswerBuilder cite(String... sectionIds) {
        for (String id : sectionIds) {
            sheet.section(id);
            sources.add(id);
        }
        return this;
    }

    AnswerBuilder buttons(List<Button> more) {
        buttons.addAll(more);
        return this;
    }

    Reply build() {
        List<String> all = new ArrayList<>(blocks);
        if (!sources.isEmpty()) {
            String titles = sources.stream()
                    .map(id -> messages.get(language, "answer.quoted", sheet.section(id).title().in(language)))
                    .collect(Collectors.joining(", "));
            all.add(Html.italic(messages.get(language, "answer.source", titles)));
        }
        return new Reply(String.join("\n\n", all), buttons, false, List.copyOf(sources));
    }
}
