/**
 * Answers: one composer per intent builds the reply from the job sheet only, in the user's language, as Telegram
 * HTML with suggested follow-ups. Also the reply model ({@link com.careerbot.answer.Reply}) and the bot's own wording
 * ({@link com.careerbot.answer.Messages}).
 */
package com.careerbot.answer;
