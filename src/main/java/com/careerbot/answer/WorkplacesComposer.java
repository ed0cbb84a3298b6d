package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class WorkplacesComposer extends SheetComposer {

    WorkplacesComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.WORKPLACES;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        var workplaces = sheet.section("workplaces");
        return answer(language)
                .title(workplaces.title().in(language))
                .paragraph(workplaces.paragraphs().get(0))
                .bullets(labels("workplaces", language))
                .cite("workplaces")
                .buttons(topics.ask(language, Intent.MISSIONS, Intent.SALARY, Intent.OUTLOOK))
                .build();
    }
}
