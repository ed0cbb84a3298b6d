package com.careerbot.web;

import java.util.List;

import com.careerbot.answer.Button;
import com.careerbot.answer.Reply;
import com.careerbot.conversation.Outcome;
import com.careerbot.nlu.Classification;
import com.careerbot.nlu.IntentScore;
import com.careerbot.nlu.Understanding;

/** The JSON shapes of the REST API. */
final class ApiModel {

    static final int RANKING_SIZE = 5;

    private ApiModel() {
    }

    record ParseRequest(String text, String lang) {
    }

    /**
     * @param payload the payload of a button the user pressed, instead of a text
     * @param lang    the language of the user's device, if known: used when a message does not tell its language
     */
    record ChatRequest(String chatId, String text, String payload, String lang) {
    }

    record IntentView(String name, double confidence) {
        static IntentView of(IntentScore score) {
            return new IntentView(score.intent().wireName(), score.confidence());
        }

        static IntentView of(Classification classification) {
            return new IntentView(classification.intent().wireName(), classification.confidence());
        }
    }

    record ParseResponse(String text, String language, IntentView intent, List<IntentView> ranking) {
        static ParseResponse of(String text, Understanding understood) {
            return new ParseResponse(text, understood.language().code(), IntentView.of(understood.classification()),
                    understood.classification().top(RANKING_SIZE).stream().map(IntentView::of).toList());
        }
    }

    record ButtonView(String label, String payload) {
        static ButtonView of(Button button) {
            return new ButtonView(button.label(), button.payload());
        }
    }

    /**
     * @param replacesPrevious true when a chat front end should show this text in place of the message whose button
     *                         was pressed (a quiz question once answered)
     */
    record ReplyView(String text, List<ButtonView> buttons, boolean replacesPrevious, List<String> sources) {
        static ReplyView of(Reply reply) {
            return new ReplyView(reply.html(), reply.buttons().stream().map(ButtonView::of).toList(),
                    reply.replacesOrigin(), reply.sources());
        }
    }

    /** @param intent the topic answered, with the classifier's confidence in it; absent for commands and buttons */
    record ChatResponse(String language, IntentView intent, List<ReplyView> replies) {
        static ChatResponse of(Outcome outcome) {
            IntentView intent = outcome.classification().map(classification -> outcome.answered()
                    .map(answered -> new IntentView(answered.wireName(), classification.confidenceOf(answered)))
                    .orElseGet(() -> IntentView.of(classification))).orElse(null);
            return new ChatResponse(outcome.language().code(), intent,
                    outcome.replies().stream().map(ReplyView::of).toList());
        }
    }
}
