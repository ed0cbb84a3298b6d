package com.careerbot.conversation;

import java.util.List;

import com.careerbot.answer.Button;
import com.careerbot.answer.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads what the engine answered. */
final class Outcomes {

    private static final int SCALE_SIZE = 4;

    private Outcomes() {
    }

    static List<String> texts(Outcome outcome) {
        return outcome.replies().stream().map(Reply::html).toList();
    }

    static String text(Outcome outcome) {
        return String.join("\n", texts(outcome));
    }

    /** The job sheet sections the replies cite: {@code salary} for a salary answer. */
    static List<String> sources(Outcome outcome) {
        return outcome.replies().stream().flatMap(reply -> reply.sources().stream()).toList();
    }

    static List<String> payloads(Outcome outcome) {
        return outcome.replies().stream().flatMap(reply -> reply.buttons().stream()).map(Button::payload).toList();
    }

    /** The payload of one option of the quiz question asked last. */
    static String answerButton(Outcome outcome, int option) {
        List<String> answers = payloads(outcome).stream().filter(payload -> payload.startsWith("qa:")).toList();
        assertThat(answers).as("answer buttons in %s", texts(outcome)).hasSize(SCALE_SIZE);
        return answers.get(option);
    }
}
