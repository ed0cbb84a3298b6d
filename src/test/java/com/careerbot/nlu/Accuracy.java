package com.careerbot.nlu;

import java.util.List;

/** A classifier's share of right answers on a test set, with its mistakes for the failure message. */
record Accuracy(double percent, List<String> mistakes) {

    String describe() {
        return String.format("accuracy %.1f %%, misclassified:%n%s", percent,
                String.join(System.lineSeparator(), mistakes));
    }
}
