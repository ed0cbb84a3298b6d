package com.careerbot.answer;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.Language;

/**
 * What a button asks for. Encoded in at most {@value Button#MAX_PAYLOAD_BYTES} bytes; anything that does not decode
 * (stale versions, forged data) is rejected by {@link #parse(String)}.
 */
public sealed interface Payload {

    String encode();

    /** Answer a topic, as if the user had asked about it. */
    record Ask(Intent intent) implements Payload {
        public String encode() {
            return "ask:" + intent.wireName();
        }
    }

    record StartQuiz() implements Payload {
        public String encode() {
            return "quiz:start";
        }
    }

    record ResumeQuiz() implements Payload {
        public String encode() {
            return "quiz:resume";
        }
    }

    record RestartQuiz() implements Payload {
        public String encode() {
            return "quiz:restart";
        }
    }

    record ShowQuizResult() implements Payload {
        public String encode() {
            return "quiz:result";
        }
    }

    /**
     * An answer to one question of one quiz: carrying the quiz id and the question's index lets a tap on an old
     * question's button be recognised as stale.
     */
    record QuizAnswer(UUID quizId, int question, int option) implements Payload {
        public String encode() {
            return "qa:" + compact(quizId) + ":" + question + ":" + option;
        }
    }

    record SetLanguage(Language language) implements Payload {
        public String encode() {
            return "lang:" + language.code();
        }
    }

    Pattern QUIZ_ANSWER = Pattern.compile("qa:([0-9a-f]{32}):(\\d{1,2}):(\\d)");

    /** @return the payload, or empty when the data is unknown, malformed or forged */
    static Optional<Payload> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        switch (data) {
            case "quiz:start":
                return Optional.of(new StartQuiz());
            case "quiz:resume":
                return Optional.of(new ResumeQuiz());
            case "quiz:restart":
                return Optional.of(new RestartQuiz());
            case "quiz:result":
                return Optional.of(new ShowQuizResult());
            default:
                break;
        }
        if (data.startsWith("ask:")) {
            return Intent.fromWireName(data.substring(4)).map(Ask::new);
        }
        if (data.startsWith("lang:")) {
            return Language.fromCode(data.substring(5)).filter(language -> language.code().equals(data.substring(5)))
                    .map(SetLanguage::new);
        }
        Matcher answer = QUIZ_ANSWER.matcher(data);
        if (answer.matches()) {
            return Optional.of(new QuizAnswer(expand(answer.group(1)), Integer.parseInt(answer.group(2)),
                    Integer.parseInt(answer.group(3))));
        }
        return Optional.empty();
    }

    private static String compact(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID expand(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }
}
