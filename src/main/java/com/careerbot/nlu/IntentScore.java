package com.careerbot.nlu;

/** An intent with the classifier's probability for it, between 0 and 1. */
public record IntentScore(Intent intent, double confidence) {
}
