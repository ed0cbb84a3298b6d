package com.careerbot.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The options chosen so far, one per answered statement, in order: the index of the option in the quiz's scale. */
public record QuizAnswers(List<Integer> options) {

    public QuizAnswers {
        options = List.copyOf(options);
    }

    public static QuizAnswers none() {
        return new QuizAnswers(List.of());
    }

    public int count() {
        return options.size();
    }

    public QuizAnswers plus(int option) {
        List<Integer> more = new ArrayList<>(options);
        more.add(option);
        return new QuizAnswers(more);
    }

    /** @return the compact form stored in the database, e.g. {@code "0,2,1"} */
    public String encode() {
        return options.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** @throws IllegalArgumentException when the text is not a comma-separated list of small numbers */
    public static QuizAnswers decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return none();
        }
        try {
            return new QuizAnswers(Arrays.stream(encoded.split(",", -1)).map(Integer::valueOf).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a list of quiz answers: " + encoded, e);
        }
    }
}
