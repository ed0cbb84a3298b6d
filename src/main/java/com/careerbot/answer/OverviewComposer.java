package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class OverviewComposer extends SheetComposer {

    OverviewComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.OVERVIEW;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        var role = sheet.section("role");
        var meaning = sheet.section("meaning");
        return answer(language)
                .title(sheet.job().in(language))
                .paragraph(role.paragraphs().get(0))
                .paragraph(role.paragraphs().get(1))
                .html(Html.bold(meaning.title().in(language)) + messages.get(language, "answer.colon")
                        + String.join(", ", labels("meaning", language)))
                .cite("role", "meaning")
                .buttons(topics.ask(language, Intent.MISSIONS, Intent.SALARY, Intent.STUDIES))
                .build();
    }
}
