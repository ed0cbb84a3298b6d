package com.careerbot.answer;

import java.util.List;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;

final class SkillsComposer extends SheetComposer {

    SkillsComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.SKILLS;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        return answer(language)
                .title(title("skills-technical", language))
                .bullets(texts("skills-technical", language))
                .title(title("skills-behavioural", language))
                .bullets(texts("skills-behavioural", language))
                .cite("skills-technical", "skills-behavioural")
                .buttons(topics.ask(language, Intent.STUDIES, Intent.MYTHS))
                .buttons(List.of(topics.startQuiz(language)))
                .build();
    }
}
