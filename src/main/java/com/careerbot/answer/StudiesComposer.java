package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class StudiesComposer extends SheetComposer {

    StudiesComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.STUDIES;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        return answer(language)
                .title(title("studies", language))
                .bullets(texts("studies", language))
                .cite("studies")
                .buttons(topics.ask(language, Intent.SKILLS, Intent.SALARY))
                .buttons(java.util.List.of(topics.startQuiz(language)))
                .build();
    }
}
