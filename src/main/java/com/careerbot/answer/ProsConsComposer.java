package com.careerbot.answer;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Section;

/**
 * Upsides and demands of the job, from the sheet's derived sections, citing the sections each point restates. The
 * seed's own pros-and-cons table is about another product and is never used (see the sheet's exclusions).
 */
final class ProsConsComposer extends SheetComposer {

    ProsConsComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.PROS_CONS;
    }

    @Override
    public Reply compose(Question question) {
        var language = question.language();
        AnswerBuilder answer = answer(language);
        for (String sectionId : new String[] {"upsides", "demands"}) {
            Section section = sheet.section(sectionId);
            answer.title(section.title().in(language)).bullets(texts(sectionId, language));
            section.items().forEach(item -> answer.cite(item.sources().toArray(String[]::new)));
        }
        return answer.buttons(topics.ask(language, Intent.SALARY, Intent.SKILLS, Intent.SUITABILITY)).build();
    }
}
