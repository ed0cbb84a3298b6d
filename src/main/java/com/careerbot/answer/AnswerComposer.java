package com.careerbot.answer;

import com.careerbot.nlu.Intent;

/** Builds the reply to one intent from the job sheet only. */
public interface AnswerComposer {

    Intent intent();

    Reply compose(Question question);
}
