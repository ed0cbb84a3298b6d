package com.careerbot.nlu;

import java.util.List;

import com.careerbot.sheet.Language;

/**
 * How well a confidence threshold keeps the bot from answering what it should not, on messages whose intent is known:
 * a message is rejected when it is classified out of scope or its classification is not confident enough (the bot
 * then declines or asks). Out-of-scope recall is the share of out-of-scope messages rejected; in-scope false
 * rejection the share of the others rejected.
 */
public record Rejection(double threshold, double outOfScopeRecall, double falseRejection, int outOfScope, int inScope) {

    /** The highest false rejection a threshold may cost: above it, too many real questions go unanswered. */
    public static final double MAX_FALSE_REJECTION = 0.03;
    private static final int STEPS = 100;

    /** The classifications of the test messages of one language, with the intents they should have got. */
    public record Verdict(Intent expected, Classification classification) {
    }

    static Rejection at(double threshold, List<Verdict> verdicts, Language language, NluProperties properties) {
        NluProperties.Thresholds thresholds = new NluProperties.Thresholds(threshold, threshold);
        NluProperties at = new NluProperties(properties.intents(), thresholds, properties.ambiguityMargin(),
                properties.languageConfidence(), properties.iterations(), properties.cutoff());
        int outOfScope = 0;
        int caught = 0;
        int inScope = 0;
        int rejected = 0;
        for (Verdict verdict : verdicts) {
            boolean declined = verdict.classification().intent() == Intent.OUT_OF_SCOPE
                    || !at.isConfident(verdict.classification(), language);
            if (verdict.expected() == Intent.OUT_OF_SCOPE) {
                outOfScope++;
                caught += declined ? 1 : 0;
            } else {
                inScope++;
                rejected += declined ? 1 : 0;
            }
        }
        return new Rejection(threshold, outOfScope == 0 ? 0 : (double) caught / outOfScope,
                inScope == 0 ? 0 : (double) rejected / inScope, outOfScope, inScope);
    }

    /**
     * The highest threshold, on a grid of hundredths, that rejects at most {@link #MAX_FALSE_REJECTION} of the in-scope
     * messages: out-of-scope recall only grows with the threshold, so this is the one that catches the most
     * out-of-scope messages within the false rejection the bot can afford. 0 when even that rejects too many.
     */
    static Rejection choose(List<Verdict> verdicts, Language language, NluProperties properties) {
        Rejection best = at(0, verdicts, language, properties);
        for (int step = 1; step < STEPS; step++) {
            Rejection candidate = at(step / (double) STEPS, verdicts, language, properties);
            if (candidate.falseRejection() <= MAX_FALSE_REJECTION) {
                best = candidate;
            }
        }
        return best;
    }
}
