package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

/** Demand and how the job evolves: the sheet's rebuttal of "a saturated field" and its eco-design outlook. */
final class OutlookComposer extends SheetComposer {

    OutlookComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.OUTLOOK;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        var change = sheet.section("ecology-change");
        return answer(language)
                .title(messages.get(language, "answer.outlook.title"))
                .html(text("myths", "saturated", language))
                .paragraph(change.paragraphs().get(0))
                .paragraph(change.paragraphs().get(1))
                .cite("myths", "ecology-change")
                .buttons(topics.ask(language, Intent.SALARY, Intent.WORKPLACES, Intent.ECOLOGY))
                .build();
    }
}
