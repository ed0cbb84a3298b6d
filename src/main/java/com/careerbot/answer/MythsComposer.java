package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class MythsComposer extends SheetComposer {

    MythsComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.MYTHS;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        return answer(language)
                .title(title("myths", language))
                .bullets(sheet.section("myths").items().stream()
                        .map(myth -> "❌ " + Html.italic(myth.label().in(language)) + "\n   ✅ "
                                + Html.escape(myth.text().in(language)))
                        .toList())
                .cite("myths")
                .buttons(topics.ask(language, Intent.SKILLS, Intent.OUTLOOK, Intent.SUITABILITY))
                .build();
    }
}
