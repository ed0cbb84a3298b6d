package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class EcologyComposer extends SheetComposer {

    EcologyComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.ECOLOGY;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        var role = sheet.section("ecology-role");
        var change = sheet.section("ecology-change");
        return answer(language)
                .title(role.title().in(language))
                .paragraph(role.paragraphs().get(0))
                .paragraph(role.paragraphs().get(1))
                .title(change.title().in(language))
                .paragraph(change.paragraphs().get(0))
                .cite("ecology-role", "ecology-change")
                .buttons(topics.ask(language, Intent.OUTLOOK, Intent.SKILLS, Intent.MISSIONS))
                .build();
    }
}
