package com.careerbot.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbot.nlu.IntentScore;
import com.careerbot.nlu.TextNormalizer;

/**
 * The kept messages as a TSV to label: one line per distinct message (the same words once normalised: case, accents
 * and punctuation aside), the most frequent first, with what the bot made of its latest occurrence.
 */
final class ReviewExport {

    static final String HEADER = "language\toutcome\tintent_1\tconfidence_1\tintent_2\tconfidence_2\tcount\ttext";

    private ReviewExport() {
    }

    /** @param kept oldest first */
    static String tsv(List<Unanswered> kept) {
        Map<String, List<Unanswered>> groups = kept.stream().collect(Collectors.groupingBy(
                unanswered -> unanswered.language() + " " + TextNormalizer.normalize(unanswered.text()),
                LinkedHashMap::new, Collectors.toList()));
        List<List<Unanswered>> byCount = new ArrayList<>(groups.values());
        byCount.sort(Comparator.comparingInt((List<Unanswered> group) -> group.size()).reversed());
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (List<Unanswered> group : byCount) {
            Unanswered latest = group.get(group.size() - 1);
            tsv.append(latest.language()).append('\t').append(latest.outcome());
            for (int i = 0; i < 2; i++) {
                IntentScore score = i < latest.top().size() ? latest.top().get(i) : null;
                tsv.append('\t').append(score == null ? "" : score.intent().wireName())
                        .append('\t').append(score == null ? "" : String.format(Locale.ROOT, "%.2f", score.confidence()));
            }
            tsv.append('\t').append(group.size()).append('\t').append(cell(latest.text())).append('\n');
        }
        return tsv.toString();
    }

    /** A TSV cell holds no tab and no line break. */
    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
