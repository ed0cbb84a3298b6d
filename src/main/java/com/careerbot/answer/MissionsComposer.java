package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class MissionsComposer extends SheetComposer {

    MissionsComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.MISSIONS;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        return answer(language)
                .title(title("missions", language))
                .bullets(texts("missions", language))
                .cite("missions")
                .buttons(topics.ask(language, Intent.SKILLS, Intent.WORKPLACES, Intent.SALARY))
                .build();
    }
}
