package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

/** The qualities the sheet lists; the conversation follows it with the quiz. */
final class SuitabilityComposer extends SheetComposer {

    SuitabilityComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.SUITABILITY;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        var qualities = sheet.section("qualities");
        return answer(language)
                .title(qualities.title().in(language))
                .paragraph(qualities.paragraphs().get(0))
                .bullets(qualities.items().stream().map(item -> labelled(item, language)).toList())
                .cite("qualities")
                .build();
    }
}
