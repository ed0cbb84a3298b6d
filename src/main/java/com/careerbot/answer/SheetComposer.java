package com.careerbot.answer;

import java.util.List;

import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.SheetItem;

/** What composers of sheet facts share: the sheet, the wording, the topic buttons. */
abstract class SheetComposer implements AnswerComposer {

    protected final JobSheet sheet;
    protected final Messages messages;
    protected final Topics topics;

    SheetComposer(JobSheet sheet, Messages messages, Topics topics) {
        this.sheet = sheet;
        this.messages = messages;
        this.topics = topics;
    }

    protected AnswerBuilder answer(Language language) {
        return new AnswerBuilder(sheet, messages, language);
    }

    protected String title(String sectionId, Language language) {
        return sheet.section(sectionId).title().in(language);
    }

    /** The items' sentences, escaped. */
    protected List<String> texts(String sectionId, Language language) {
        return sheet.section(sectionId).items().stream().map(item -> Html.escape(item.text().in(language))).toList();
    }

    /** The items' names, escaped. */
    protected List<String> labels(String sectionId, Language language) {
        return sheet.section(sectionId).items().stream().map(item -> Html.escape(item.label().in(language))).toList();
    }

    /** "<b>Name</b> : sentence" for items that have both. */
    protected String labelled(SheetItem item, Language language) {
        return Html.bold(item.label().in(language)) + messages.get(language, "answer.colon")
                + Html.escape(item.text().in(language));
    }

    protected String text(String sectionId, String itemId, Language language) {
        return Html.escape(sheet.section(sectionId).item(itemId).text().in(language));
    }
}
