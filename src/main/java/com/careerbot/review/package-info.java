/**
 * The review of unanswered questions, off by default: the redacted text of messages the bot could not answer, linked
 * to no chat, capped per day, erased after a retention, exported as TSV to be labelled into {@code intents/}.
 */
package com.careerbot.review;
